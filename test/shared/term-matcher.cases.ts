/**
 * The term matcher's tests, shared by the browser suite (test/term-matcher.test.ts, the DOM that
 * <mlops-auto-terms> reads) and the node tests (test/node/term-matcher.test.js, the parse5 and hast
 * trees the renderer and the build plugins read): one set of cases, every tree the matcher walks.
 */
import { bundledTerminology } from '../../src/data/terms.js';
import type { Term } from '../../src/data/types.js';
import { autoTermsFor, findTermMatches, planTermWraps, type TermPlanOptions, type TermTree } from '../../src/elements/auto-terms/find-term-matches.js';

export interface MatcherSuiteHost<N> {
  /** Which tree the plan tests read ("DOM", "parse5", "hast"). */
  treeName: string;
  describe(name: string, body: () => void): void;
  it(name: string, body: () => void | Promise<void>): void;
  /** Deep equality, failing the test otherwise. */
  equal(actual: unknown, expected: unknown, message?: string): void;
  /** Parses an HTML fragment into the runner's tree; the root is the fragment's container. */
  parse(html: string): { root: N; tree: TermTree<N> };
}

const term = (id: string, insider: string, outsider = `${insider} (outsider)`): Term => ({ id, insider, outsider, explanation: `About ${insider}.` });

/** [text, id] of every match, the shortest way to compare. */
const found = (text: string, options = {}, terms: readonly Term[] = bundledTerminology) => findTermMatches(text, terms, options).map((match) => [match.text, match.id]);

/** Every context the matcher leaves alone, each with a term inside. */
export const SKIPPED_CONTEXTS = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => `<${tag}>model drift</${tag}>`),
  '<div role="heading" aria-level="2">model drift</div>',
  '<nav><p>model drift</p></nav>',
  '<a href="#x">model drift</a>',
  '<span role="link">model drift</span>',
  '<button type="button">model drift</button>',
  '<label>model drift</label>',
  '<details><summary>model drift</summary></details>',
  '<textarea>model drift</textarea>',
  '<code>model drift</code>',
  '<pre>model drift</pre>',
  '<kbd>model drift</kbd>',
  '<samp>model drift</samp>',
  '<script>/* model drift */</script>',
  '<style>/* model drift */</style>',
  '<template><p>model drift</p></template>',
  '<svg><text>model drift</text></svg>',
  '<mlops-term term="sandbox">model drift</mlops-term>',
  '<mlops-profile><p>model drift</p></mlops-profile>',
  '<p data-mlops-skip>model drift</p>',
  '<div data-mlops-skip><p><em>model drift</em></p></div>',
  '<p contenteditable="true">model drift</p>',
  '<p aria-hidden="true">model drift</p>',
];

export function termMatcherSuite<N>(host: MatcherSuiteHost<N>): void {
  const { describe, it, equal } = host;
  /** [text, id] of every planned match under the parsed fragment. */
  const plan = (html: string, options: Partial<TermPlanOptions<N>> = {}) => {
    const { root, tree } = host.parse(html);
    return planTermWraps(root, tree, { terms: bundledTerminology, ...options }).flatMap(({ node, matches }) => {
      const text = tree.text(node)!;
      return matches.map((match) => {
        equal(text.slice(match.start, match.end), match.text, 'offsets point at the match in its text node');
        return [match.text, match.id];
      });
    });
  };

  describe('the term matcher', () => {
    it('matches any case and keeps the text as written', () => {
      equal(found('Model drift, MODEL DRIFT and model Drift'), [
        ['Model drift', 'model-drift'],
        ['MODEL DRIFT', 'model-drift'],
        ['model Drift', 'model-drift'],
      ]);
    });

    it('matches simple plurals (s, es) only when asked, and never a longer word', () => {
      equal(found('feature stores and sandboxes'), []);
      equal(found('feature stores and sandboxes', { plurals: true }), [
        ['feature stores', 'feature-store'],
        ['sandboxes', 'sandbox'],
      ]);
      equal(found('Feature Store, sandboxing, sandboxess, sandboxs', { plurals: true }), [
        ['Feature Store', 'feature-store'],
        ['sandboxs', 'sandbox'],
      ]);
      // A name ending in punctuation takes no plural: "C++s" is no word.
      equal(found('C++s and C++', { plurals: true }, [term('cpp', 'C++')]), [['C++', 'cpp']]);
    });

    it('prefers the longest name at a place, overlapping names included, singular or plural', () => {
      const terms = [term('model', 'Model'), term('deploy', 'Machine Learning Model Deployment'), term('learning', 'Machine Learning'), term('serving', 'Model Serving')];
      equal(found('Machine Learning Model Deployment, machine learning, model serving, a model.', {}, terms), [
        ['Machine Learning Model Deployment', 'deploy'],
        ['machine learning', 'learning'],
        ['model serving', 'serving'],
        ['model', 'model'],
      ]);
      equal(found('Machine Learning Model Deployments and models serving', { plurals: true }, terms), [
        ['Machine Learning Model Deployments', 'deploy'],
        ['models', 'model'],
      ]);
    });

    it('matches whole words only', () => {
      equal(found('AutoMLX and XAutoML are products; AutoML is the idea.'), [['AutoML', 'automl']]);
      equal(found('CI/CD2, MCI/CD and (CI/CD).'), [['CI/CD', 'ci-cd']]);
    });

    it(`skips every context it must leave alone (${host.treeName})`, () => {
      for (const context of SKIPPED_CONTEXTS) {
        equal(plan(`<div>${context}<p>A sandbox.</p></div>`, { all: true }), [['sandbox', 'sandbox']], context);
      }
      // The same text outside those contexts is found: the skip is the context's doing.
      equal(plan('<div><p>model drift</p><em>model drift</em><p role="note">model drift</p></div>', { all: true }).length, 3);
    });

    it(`wraps the first occurrence per document, or all (${host.treeName})`, () => {
      const article = '<article><p>Model drift, then <em>model drift</em>.</p><p>A sandbox and model drift.</p></article>';
      equal(plan(article), [
        ['Model drift', 'model-drift'],
        ['sandbox', 'sandbox'],
      ]);
      equal(plan(article, { all: true }), [
        ['Model drift', 'model-drift'],
        ['model drift', 'model-drift'],
        ['sandbox', 'sandbox'],
        ['model drift', 'model-drift'],
      ]);
      // A term already written by hand, anywhere (even later), counts as explained in "first" mode.
      const handWritten = '<p>Model drift and a sandbox.</p><h2><mlops-term>sandbox</mlops-term></h2><p><mlops-term term="model-drift">drift</mlops-term></p>';
      equal(plan(handWritten), []);
      equal(plan(handWritten, { all: true }), [
        ['Model drift', 'model-drift'],
        ['sandbox', 'sandbox'],
      ]);
    });

    it(`takes further elements to skip from the caller, and plurals (${host.treeName})`, () => {
      const { root, tree } = host.parse('<p class="aside">model drift</p><p>feature stores</p>');
      const planned = planTermWraps(root, tree, { terms: bundledTerminology, plurals: true, skip: (node) => tree.attribute(node, 'class') === 'aside' });
      equal(
        planned.flatMap(({ matches }) => matches.map((match) => match.text)),
        ['feature stores'],
      );
    });

    it('lets a page opt out in its front matter, or choose first or all', () => {
      equal(autoTermsFor('first', { mlopsTerms: false }), false);
      equal(autoTermsFor('all', { title: 'x', mlopsTerms: 'off' }), false);
      equal(autoTermsFor('first', { mlopsTerms: 'all' }), 'all');
      equal(autoTermsFor(false, { mlopsTerms: 'first' }), 'first');
      equal(autoTermsFor('all', { title: 'no key' }), 'all');
      equal(autoTermsFor('first', undefined), 'first');
      equal(autoTermsFor(undefined, null), false);
      // The markup's own opt-out: a page whose content is marked data-mlops-skip gets no terms.
      equal(plan('<main data-mlops-skip><p>model drift</p></main>'), []);
    });
  });
}
