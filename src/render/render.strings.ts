/**
 * The few words only the static renderer writes (the rest is the elements' own wording, from their
 * `*.strings.ts` tables). English only for now: `lang` translates the elements' wording, not these.
 */
export const renderStrings = {
  /** The accessible name of the notes list that `footnotes` adds at the end of an article. */
  notes: 'Notes',
  /** A term's note: "Model Drift — When a model… Outsiders say: Software Bugs in Machine Learning". */
  note: (insider: string, explanation: string, outsidersSay: string, outsider: string) => `${insider} — ${explanation} ${outsidersSay} ${outsider}`,
  /** A term's tooltip text in plain HTML (`<abbr title>`). */
  termTitle: (insider: string, explanation: string) => `${insider}: ${explanation}`,
  /** The rating a point of the 1–5 scale stands for, with the end labels on its two ends. */
  ratingPoint: (value: number, endLabel?: string) => (endLabel ? `${value} (${endLabel})` : String(value)),
  /** Left in the page instead of a feedback form that could not send anything. */
  noEndpoint: '<mlops-feedback> has no endpoint attribute: without JavaScript an answer could only go to an endpoint, so no form is rendered here.',
  /** Beside the plain form's honeypot, for the readers who see it anyway (a text browser, a CMS that drops `hidden`). */
  honeypotLabel: 'Leave this field empty (it catches spam bots):',
  badEndpoint: (endpoint: string) => `<mlops-feedback> endpoint="${endpoint}" is not an http(s) URL: no form is rendered here.`,
  /** The profile page leaves its feedback prompt out of plain HTML: it has no endpoint to send to. */
  pageWithoutFeedback: 'The profile page has no feedback endpoint, so its feedback prompt is left out of plain HTML.',
  profileNotLoaded: (src: string) =>
    `<mlops-profile src="${src}"> is not loaded at build time: its content is rendered with the renderer's dataset; pass that file as the profile option (--profile) to render it.`,
  noEndTag: (tag: string) => `<${tag}> has no end tag: custom elements are never self-closing, so the browser puts what follows inside it. Write <${tag}></${tag}>.`,
  litMarker: (tag: string) => `<${tag}> contains "$lit$", which the server renderer reads as a binding: it is left as it is.`,
  unsupportedExclude: (value: string) => `exclude="${value}": only tag names, .classes, #ids and [attributes] are applied at build time; the rest is ignored.`,
};
