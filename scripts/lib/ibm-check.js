// IBM's Equal Access engine (accessibility-checker-engine), a second opinion beside axe-core. Its
// browser build, ace.js, carries every rule and message: it fetches nothing at run time, so it runs
// offline (the `accessibility-checker` wrapper would download rule archives; it is not used here).
// Shared by the browser tests (test/helpers/ibm.ts) and the page checks (scripts/ibm-check.js).

/* global document, window, Node -- runIbmEngine runs in the page */

/** The levels the engine reports besides `violation`: counted and listed, never failed on. */
export const ADVISORY_LEVELS = ['potentialviolation', 'recommendation', 'potentialrecommendation', 'manual'];

/**
 * Runs in the page, after ace.js has loaded (self-contained, so that puppeteer can send it there):
 * the IBM_Accessibility rule set over `target` (an element, a selector, or the whole document),
 * shadow roots included. Returns the violations and the counts of every other level.
 * @param {Element | Document | string | undefined} target
 */
export async function runIbmEngine(target) {
  const scope = typeof target === 'string' ? document.querySelector(target) : (target ?? document);
  if (!scope) throw new Error(`IBM engine: nothing matches ${target}`);
  const ace = /** @type {any} */ (window).ace;
  if (!ace?.Checker) throw new Error('IBM engine: ace.js is not loaded');
  // Checking an element, the engine still judges the document's html and body (its lang, title,
  // skip link): the page's business, not the element's.
  const aboutThePage = (path) => scope.nodeType !== Node.DOCUMENT_NODE && /^\/html\[\d+\](\/body\[\d+\])?$/.test(path);
  // The report's `level`, as the accessibility-checker wrapper names it: [VIOLATION|RECOMMENDATION, FAIL|POTENTIAL|MANUAL].
  const levelOf = ([kind, outcome]) => {
    if (outcome === 'MANUAL') return 'manual';
    const base = kind === 'VIOLATION' ? 'violation' : kind === 'RECOMMENDATION' ? 'recommendation' : undefined;
    if (!base || (outcome !== 'FAIL' && outcome !== 'POTENTIAL')) return undefined;
    return outcome === 'POTENTIAL' ? `potential${base}` : base;
  };
  const { results } = await new ace.Checker().check(scope, ['IBM_Accessibility']);
  const counts = {};
  const violations = [];
  for (const result of results) {
    const level = levelOf(result.value);
    const path = result.path.dom;
    if (!level || aboutThePage(path)) continue;
    counts[level] = (counts[level] ?? 0) + 1;
    if (level === 'violation') violations.push({ ruleId: result.ruleId, message: result.message, path, snippet: result.snippet });
  }
  return { violations, counts };
}

/** One line per violation, and the advisory counts: what a failure message or a log shows. */
export function describeIbmResult({ violations, counts }) {
  const advisory = ADVISORY_LEVELS.map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  const lines = violations.map((violation) => `  ${violation.ruleId}: ${violation.message} at ${violation.path} ${violation.snippet}`);
  return `${violations.length} violations (${advisory})${lines.length ? `\n${lines.join('\n')}` : ''}`;
}
