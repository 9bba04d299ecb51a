// html-validate for the pages mlops-elements/render writes: `npm run test:static` validates every demo
// page rendered in dsd and in plain mode. Each exception below is a style rule or a deliberate pattern.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Style: the demo pages write `<!doctype html>`, and the renderer keeps every byte of the author's page.
    'doctype-style': 'off',
    // Style: where plain mode removes an element's tags, the author's indentation around them stays.
    'no-trailing-whitespace': 'off',
    // Style: the elements' templates close void elements (`<input … />`), which HTML allows.
    'void-style': 'off',
    // Deliberate: lists styled without bullets carry `role="list"`, because WebKit drops their list
    // semantics otherwise. The rule has no option to allow that one role, so it is off.
    'no-redundant-role': 'off',
    // Deliberate: the same `role="list"` (above), `role="heading"` with `aria-level` where the level is
    // the element's `heading-level` attribute (a Lit template cannot bind a tag name), and `role="listbox"`
    // on a chart's SVG, whose options are the drawn bars (a native <select> cannot draw them).
    'prefer-native-element': ['error', { exclude: ['heading', 'list', 'listbox'] }],
    // ARIA lets a list be named: plain mode names each card's tag list "Tags", as the card does.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The feedback prompt shows its submit button once a rating is chosen: the prerendered form is the
    // state before that (plain mode renders a form with its submit button).
    'wcag/h32': 'off',
    // A group of checkboxes shares one name, the way a form sends a list (plain mode's feedback reasons,
    // the payload's `reasons` array); radios are shared by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
