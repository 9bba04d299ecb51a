// Every ```html snippet in README.md and in the docs pages it links (docs/*.md) must work as written:
// its CDN script tags name real files of the CDN build, and its elements upgrade, render, fire no
// `mlops-error` and pass axe. (The elements are registered here by the define modules, standing in for
// the script tags.) Inline module scripts and the JS/TS snippets are type-checked against the packed
// package by scripts/consumer-smoke.js.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/all.js';
import { FEEDBACK_QUEUE_KEY } from '../src/elements/feedback/delivery.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';

interface Snippet {
  heading: string;
  code: string;
}

/** The fenced blocks of one language, each with the heading it sits under. */
function fencedBlocks(markdown: string, language: string): Snippet[] {
  const snippets: Snippet[] = [];
  let heading = '(top)';
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const fence = /^```(\S*)\s*$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    for (index += 1; index < lines.length && !/^```\s*$/.test(lines[index]); index += 1) body.push(lines[index]);
    if (fence[1] === language) snippets.push({ heading, code: body.join('\n') });
  }
  return snippets;
}

/**
 * A Markdown file of the repository as it is on disk (the query keeps the test server from serving
 * anything else). Read synchronously: mocha needs the snippet list while it defines the tests, before any await.
 */
function readMarkdown(path: string): string {
  const request = new XMLHttpRequest();
  request.open('GET', `/${path}?as=text`, false);
  request.setRequestHeader('accept', 'text/plain');
  request.send();
  return request.status === 200 ? request.responseText : '';
}

const readme = readMarkdown('README.md');
/** The docs pages the README links to (test/node/docs.test.js checks that it links every one). */
const docsPages = [...new Set([...readme.matchAll(/\]\((docs\/[\w-]+\.md)(#[\w-]*)?\)/g)].map((match) => match[1]))];
const pages = [{ path: 'README.md', markdown: readme }, ...docsPages.map((path) => ({ path, markdown: readMarkdown(path) }))];
const snippets = pages.flatMap(({ path, markdown }) => fencedBlocks(markdown, 'html').map((snippet) => ({ ...snippet, heading: `${path}: ${snippet.heading}` })));

/** Parses a snippet (test code: the library itself never parses markup). */
function parse(code: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
}

/** The mlops elements in a tree, shadow roots included (the grid renders cards). */
function mlopsElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('mlops-')) found.push(element);
    if (element.shadowRoot) found.push(...mlopsElements(element.shadowRoot));
  }
  return found;
}

describe('README.md and docs html snippets', () => {
  before(() => localStorage.removeItem(FEEDBACK_QUEUE_KEY));

  it('has html snippets to check, in the README and in every docs page it links', () => {
    expect(readme).to.include('# mlops-elements');
    expect(docsPages.length).to.be.greaterThan(5);
    for (const { path, markdown } of pages) expect(markdown, `${path} was read`).to.match(/^# /);
    expect(snippets.length).to.be.greaterThan(4);
  });

  for (const [index, snippet] of snippets.entries()) {
    it(`#${index + 1} under "${snippet.heading}" works as written`, async () => {
      const fragment = parse(snippet.code);
      const scripts = [...fragment.querySelectorAll('script')];
      for (const script of scripts) {
        script.remove();
        if (!script.src) continue;
        const file = /\/dist\/cdn\/[\w-]+\.js$/.exec(new URL(script.src).pathname)?.[0];
        expect(file, `a script tag loads ${script.src}, not a file of dist/cdn/`).to.be.a('string');
        expect(script.type, `${file} is an ES module`).to.equal('module');
        const response = await fetch(file!, { method: 'HEAD' });
        expect(response.ok, `${file} is not in the CDN build (run npm run build)`).to.equal(true);
      }
      for (const link of fragment.querySelectorAll('link[rel="stylesheet"]')) {
        link.remove();
        const file = /\/dist\/cdn\/[\w-]+\.css$/.exec(new URL(link.getAttribute('href')!).pathname)?.[0];
        expect(file, `a stylesheet link loads ${link.getAttribute('href')}, not a file of dist/cdn/`).to.be.a('string');
        const response = await fetch(file!, { method: 'HEAD' });
        expect(response.ok, `${file} is not in the CDN build (run npm run build)`).to.equal(true);
      }
      const tags = [...fragment.querySelectorAll('*')].filter((element) => element.localName.startsWith('mlops-'));
      if (!tags.length) {
        // Only an inline module script (the hydration snippet): scripts/consumer-smoke.js type-checks it.
        expect(
          scripts.some((script) => !script.src && script.type === 'module'),
          'a snippet without elements',
        ).to.equal(true);
        return;
      }
      const errors: MlopsErrorDetail[] = [];
      const container = await fixture<HTMLDivElement>(html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}></div>`);
      container.append(fragment);
      const profiles = [...container.querySelectorAll('mlops-profile[src]')];
      // A render can add elements, some of whose code loads on demand (the profile page fills in block by
      // block): wait again until a round finds no new ones.
      for (let seen = -1, round = 0; seen !== mlopsElements(container).length && round < 20; round++) {
        seen = mlopsElements(container).length;
        await waitUntil(
          () =>
            mlopsElements(container).every((element) => customElements.get(element.localName)) && profiles.every((profile) => (profile as { profile?: unknown }).profile),
          `the elements did not upgrade (or a profile did not load): ${JSON.stringify(errors)}`,
          // Loading a profile imports its validator (zod) on demand: slow on a cold test server.
          { timeout: 8000 },
        );
        for (const element of mlopsElements(container)) await (element as { updateComplete?: Promise<unknown> }).updateComplete;
      }
      expect(errors, JSON.stringify(errors)).to.deep.equal([]);
      for (const element of mlopsElements(container)) {
        // A known term is its own trigger until first opened, and builds its shadow root then.
        const rendered = element.shadowRoot !== null || element.matches(':state(trigger)');
        expect(rendered, `<${element.localName}> rendered`).to.equal(true);
      }
      await expect(container).to.be.accessible();
    });
  }
});
