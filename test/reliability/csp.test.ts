/**
 * The CDN build under a strict Content-Security-Policy: a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'` (scripts/wtr/csp-headers.js) loads
 * /dist/cdn/mlops-elements.js, and every element renders, is styled and works, with not one
 * `securitypolicyviolation` on the page. `npm test` builds dist/ first; run `npm run build` when
 * iterating on this file alone.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers/dom.js';
import { until } from '../helpers/wait.js';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

type CspWindow = Window & typeof globalThis & { __cspViolations: Violation[]; __pageErrors: string[] };

const PAGE = '/test/reliability/csp/page.html';
const TAGS = ['mlops-term', 'mlops-tool-card', 'mlops-tool-grid', 'mlops-demographics', 'mlops-feedback', 'mlops-profile'];

let frame: HTMLIFrameElement;
let win: CspWindow;
let doc: Document;

const describeViolations = () => win.__cspViolations.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line} ${v.sample}`).join('\n');

describe('strict Content-Security-Policy (CDN build)', () => {
  before(async function () {
    // Loading the page and every CDN chunk through the dev server: a few seconds on a busy machine.
    this.timeout(30000);
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = PAGE;
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as CspWindow;
    doc = frame.contentDocument!;
    await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  });

  after(() => frame.remove());

  it('is served with the strict policy (the page itself cannot run inline script)', async () => {
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    expect(win.__cspViolations, 'the recorder loaded').to.be.an('array');
  });

  it('renders every element, styled, with no violation', async () => {
    await until(() => !!shadow(doc.querySelector('mlops-tool-card')!).querySelector('[part~="name"]'), 'the card did not render');
    const card = shadow(doc.querySelector('mlops-tool-card')!);
    expect(card.querySelector('[part~="name"]')!.textContent).to.equal('MLflow');
    // Styles arrive through constructable style sheets, which style-src 'self' allows.
    expect(getComputedStyle(card.querySelector('[part~="card"]')!).borderTopStyle).to.equal('solid');

    await until(() => shadow(doc.querySelector('mlops-tool-grid')!).querySelectorAll('mlops-tool-card').length > 0, 'the grid did not render');
    expect(shadow(doc.querySelector('mlops-demographics')!).querySelectorAll('figure').length).to.equal(1);
    expect(shadow(doc.querySelector('mlops-feedback')!).querySelectorAll('input[type="radio"]').length).to.equal(5);
    // Until first opened, a term is its own trigger, drawn by a shared constructable style sheet.
    expect(getComputedStyle(doc.querySelector('mlops-term')!).textDecorationStyle).to.equal('dotted');

    expect(describeViolations()).to.equal('');
    expect(win.__pageErrors).to.deep.equal([]);
  });

  it('loads and validates a dataset from src= with no violation (no eval in the validator)', async () => {
    const profile = doc.querySelector('mlops-profile') as HTMLElement & { profile?: { id: string; tools: unknown } | null };
    // `profile` is null while loading and the validated dataset once accepted.
    await until(() => !!profile.profile || !!shadow(profile).querySelector('[part~="error"]'), 'the profile did not settle', 8000);
    expect(shadow(profile).querySelector('[part~="error"]')?.textContent ?? 'no load error').to.equal('no load error');
    expect(profile.profile!.id).to.equal('mlops');
    const inner = profile.querySelector('mlops-tool-card')!;
    expect(shadow(inner).querySelector('[part~="name"]')?.textContent).to.equal('Kubeflow');
    expect(describeViolations()).to.equal('');
  });

  it('opens a term bubble, positioned next to its text, with no violation', async () => {
    const term = doc.querySelector('mlops-term') as HTMLElement & { show(): void; hide(): void };
    term.show();
    const bubble = () => term.shadowRoot?.querySelector<HTMLElement>('[part~="bubble"]');
    await until(() => (bubble()?.getBoundingClientRect().height ?? 0) > 0, 'the bubble did not open');
    const text = shadow(term).querySelector('[part~="trigger"]')!.getBoundingClientRect();
    const box = bubble()!.getBoundingClientRect();
    // Placement is set through the CSSOM (style.setProperty), which the policy allows.
    expect(Math.abs(box.top - text.bottom), 'just below the text').to.be.below(20);
    expect(bubble()!.textContent).to.include('Model Drift');
    term.hide();
    await until(() => !term.hasAttribute('open'), 'the bubble did not close');
    expect(describeViolations()).to.equal('');
  });

  it('shows a chart table and moves between bars with the keyboard, with no violation', async () => {
    const charts = shadow(doc.querySelector('mlops-demographics')!);
    const toggle = charts.querySelector<HTMLElement>('[part~="toggle"]')!;
    toggle.click();
    // The toggle is a <details>'s <summary>: open, and its wording follows.
    await until(() => (toggle.parentElement as HTMLDetailsElement).open && toggle.textContent!.includes('Hide table'), 'the table did not show');
    expect(charts.querySelector('table')!.getBoundingClientRect().height).to.be.above(0);
    expect(describeViolations()).to.equal('');
  });

  it("makes the chart's CSV, SVG and PNG (a chunk loaded on demand, a canvas) with no violation", async () => {
    type Chart = HTMLElement & { toCSV(): Promise<string>; toSVG(): Promise<string>; toPNG(): Promise<Blob | undefined> };
    const chart = doc.querySelector<Chart>('mlops-demographics')!;
    expect((await chart.toCSV()).split('\r\n')[0]).to.equal('Age group,Share of the community (%)');
    expect(await chart.toSVG()).to.contain('<title>Age</title>');
    expect((await chart.toPNG())?.type).to.equal('image/png');
    expect(describeViolations()).to.equal('');
  });

  it("makes the feedback results' CSV, SVG and PNG (the shared export chunk) with no violation", async () => {
    type Results = HTMLElement & { toCSV(): Promise<string>; toSVG(): Promise<string>; toPNG(): Promise<Blob | undefined> };
    const results = doc.querySelector<Results>('mlops-feedback-results')!;
    await until(() => !!results.shadowRoot?.querySelector('[part~="tools"] button'), 'the results did not load', 8000);
    expect((await results.toCSV()).split('\r\n').slice(0, 2)).to.deep.equal(['Rating,Votes', '5 (very helpful),127']);
    expect(await results.toSVG()).to.contain('<title>Votes by rating</title>');
    expect((await results.toPNG())?.type).to.equal('image/png');
    expect(describeViolations()).to.equal('');
  });

  it('takes a rating and submits it without an endpoint, with no violation', async () => {
    const feedback = doc.querySelector('mlops-feedback')!;
    const submitted: unknown[] = [];
    feedback.addEventListener('mlops-feedback-submit', (event) => submitted.push((event as CustomEvent).detail));
    shadow(feedback).querySelector<HTMLInputElement>('input[type="radio"][value="5"]')!.click();
    await until(() => !!shadow(feedback).querySelector('[part~="submit"]'), 'the details did not appear');
    shadow(feedback).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await until(() => !!shadow(feedback).querySelector('[part~="change"]'), 'no thank-you');
    expect(submitted).to.have.length(1);
    expect(describeViolations()).to.equal('');
    expect(win.__pageErrors).to.deep.equal([]);
  });

  it('would have noticed a violation: an inline script and a style attribute are blocked and recorded', async () => {
    const before = win.__cspViolations.length;
    const script = doc.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    doc.body.append(script);
    const styled = doc.createElement('p');
    styled.setAttribute('style', 'color: red');
    doc.body.append(styled);
    await until(() => win.__cspViolations.length >= before + 2, 'the violations were not recorded');
    expect((win as unknown as { __inlineRan?: boolean }).__inlineRan).to.equal(undefined);
    expect(win.__cspViolations.slice(before).map((v) => v.directive.replace(/-(elem|attr)$/, ''))).to.have.members(['script-src', 'style-src']);
  });
});
