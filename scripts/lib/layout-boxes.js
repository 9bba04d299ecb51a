// Browser-side code shared by the checks that measure layout shift without a layout-shift API
// (scripts/ssr-check.js, scripts/static-check.js): put the string into a page's script, measure the
// boxes before the elements are defined and after, and compare.
export const layoutBoxesScript = `
/** The box of every host and of every [part] in its shadow root, keyed "index tag[ part name #n]". */
const layoutBoxes = (hosts) => {
  const round = (value) => Math.round(value * 10) / 10;
  const box = (el) => { const r = el.getBoundingClientRect(); return [round(r.x), round(r.y), round(r.width), round(r.height)].join(','); };
  const out = {};
  for (const [i, host] of hosts.entries()) {
    out[i + ' ' + host.localName] = box(host);
    for (const [j, part] of [...(host.shadowRoot?.querySelectorAll('[part]') ?? [])].entries()) out[i + ' ' + host.localName + ' part ' + part.getAttribute('part') + ' #' + j] = box(part);
  }
  return out;
};
/**
 * The boxes that moved, as "key: before -> after". A host with no shadow root before (light DOM until
 * it upgrades) gains its parts on upgrade: only its own box counts.
 */
const movedBoxes = (before, after, hadShadowRoot) =>
  Object.keys({ ...before, ...after })
    .filter((key) => hadShadowRoot[Number(key.split(' ')[0])] || !key.includes(' part '))
    .filter((key) => before[key] !== after[key])
    .map((key) => key + ': ' + before[key] + ' -> ' + after[key]);
`;
