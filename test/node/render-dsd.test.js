// dsd mode: the Lit elements as declarative shadow DOM with their text; <mlops-term> left as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elementsOf, renderDocument, textOf } from './fixtures/render/helpers.js';

const dsd = (html, options = {}) => renderDocument(html, { mode: 'dsd', jsonLd: false, ...options });

const cases = [
  ['<mlops-tool-card tool="mlflow"></mlops-tool-card>', ['MLflow', 'Experiment Tracking']],
  ['<mlops-tool-grid tag="Kubernetes Native"></mlops-tool-grid>', ['Kubeflow']],
  ['<mlops-demographics chart="platforms"></mlops-demographics>', ['Slack', 'Not itemised', '40']],
  ['<mlops-feedback></mlops-feedback>', ['How helpful was the information in']],
  ['<mlops-section section="greeting"></mlops-section>', ['Data drift detected!']],
  ['<mlops-persona name="Ravi"></mlops-persona>', ['Ravi']],
  ['<mlops-glossary></mlops-glossary>', ['Model Drift', 'Outsiders say:']],
  ['<mlops-profile-page></mlops-profile-page>', ['Key findings', 'Kubeflow', 'Platform distribution']],
  ['<mlops-profile><mlops-tool-card tool="feast"></mlops-tool-card></mlops-profile>', ['Feast']],
];

for (const [markup, texts] of cases) {
  const tag = /<([a-z-]+)/.exec(markup)[1];
  test(`${tag}: a declarative shadow root with the element's text, the author's attributes kept`, async () => {
    const { html, problems } = await dsd(markup);
    assert.deepEqual(problems, []);
    const [host] = elementsOf(html).filter((element) => element.tagName === tag);
    assert.deepEqual(host.attrs, elementsOf(markup)[0].attrs);
    const root = host.childNodes.find((child) => child.tagName === 'template');
    assert.equal(root.attrs.find((attr) => attr.name === 'shadowrootmode').value, 'open');
    for (const text of texts) assert.ok(textOf(html).includes(text), `shows "${text}"`);
  });
}

test('<mlops-term> and <mlops-auto-terms> stay exactly as written, and are still checked', async () => {
  const page = '<p>A <mlops-term>model drift</mlops-term> and <mlops-term>modle drift</mlops-term>.</p><mlops-auto-terms><p>feature store</p></mlops-auto-terms>';
  const { html, problems, elements } = await dsd(page);
  assert.equal(html, page);
  assert.equal(elements, 3);
  assert.deepEqual(
    problems.map((problem) => [problem.col, problem.suggestion]),
    [[47, 'Model Drift']],
  );
});

test('problems are reported in dsd mode as in plain mode', async () => {
  const { problems } = await dsd('<mlops-tool-card tool="mlflwo"></mlops-tool-card>\n<mlops-section section="greting"></mlops-section>');
  assert.deepEqual(
    problems.map((problem) => [problem.line, problem.tag, problem.suggestion]),
    [
      [1, 'mlops-tool-card', 'MLflow'],
      [2, 'mlops-section', 'greeting'],
    ],
  );
});

test('<mlops-profile src> is left for the browser, with everything inside it', async () => {
  const page = '<mlops-profile src="/other.json"><mlops-tool-card tool="dutch-oven"></mlops-tool-card></mlops-profile>';
  const { html, problems } = await dsd(page);
  assert.equal(html, page);
  assert.deepEqual(problems, []);
});

test('a dataset is refused in dsd mode (the browser could not hydrate with it), before anything is rendered', async () => {
  await assert.rejects(renderDocument('<p></p>', { mode: 'dsd', profile: {} }), /plain mode only/);
  await assert.rejects(renderDocument('<p></p>', { mode: 'svg' }), /mode must be "dsd" or "plain"/);
});

test('JSON-LD in dsd mode lists the tools the server-rendered elements show', async () => {
  const { html } = await renderDocument('<mlops-tool-grid tag="Feature Store"></mlops-tool-grid>', { mode: 'dsd' });
  const script = elementsOf(html).find((element) => element.tagName === 'script');
  const graph = JSON.parse(script.childNodes[0].value)['@graph'];
  assert.ok(graph.some((node) => node['@type'] === 'SoftwareApplication' && node.name === 'Feast'));
});
