/**
 * IBM's Equal Access engine beside axe: `expectNoIbmViolations(el)` fails listing every violation the
 * IBM_Accessibility rule set finds in the element (shadow roots included). Potential violations and
 * recommendations need a person's judgement: they are logged as counts, never failed on.
 */
import { expect } from '@open-wc/testing';
import { describeIbmResult, type IbmResult, runIbmEngine } from '../../scripts/lib/ibm-check.js';

let engine: Promise<void> | undefined;

/** ace.js is a classic script that sets `window.ace`: loaded once per test page, from this server (no network). */
function loadEngine(): Promise<void> {
  return (engine ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('ace.js did not load'));
    document.head.append(script);
  }));
}

/** The engine's violations and advisory counts for `scope`. */
export async function ibmResult(scope: Element): Promise<IbmResult> {
  await loadEngine();
  return runIbmEngine(scope);
}

/**
 * Fails, listing them, when the IBM engine finds a violation in `scope`; `label` names the state in
 * the message. `ignoredRules` leaves rules out where the test cannot judge them (as axe's option does).
 */
export async function expectNoIbmViolations(scope: Element, label = scope.localName, { ignoredRules = [] as string[] } = {}): Promise<void> {
  const result = await ibmResult(scope);
  result.violations = result.violations.filter((violation) => !ignoredRules.includes(violation.ruleId));
  expect(result.violations, `IBM Equal Access, ${label}: ${describeIbmResult(result)}`).to.deep.equal([]);
}
