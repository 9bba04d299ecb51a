import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MlopsElement } from '../src/internal/base.js';
import { SLICE_MS } from '../src/internal/render-slices.js';
import { until } from './helpers/wait.js';

// Updates in slices of main-thread time (src/internal/render-slices.ts): elements that already show
// something (rendered before, or prerendered) and update together do so over several tasks, each
// slice about SLICE_MS long, in the order they asked, with the page's own tasks in between; an empty
// element renders at once, and so does an update that starts a task.

/** What each render costs, so that a slice holds a known number of them. */
const RENDER_MS = 3;
/** The most renders a slice can hold: those that start before it ends. */
const PER_SLICE = Math.ceil(SLICE_MS / RENDER_MS);

const rendered: number[] = [];
/** How many renders each task ran, in the order of the tasks. */
const perTaskLog: number[] = [];
/**
 * Whether a render has run in the current task. The first render of a task sets it and queues the
 * microtask that clears it: that microtask runs once the task's code and the microtasks queued before
 * it (the other updates of the task) are done. Counting this way needs no task of the test's own,
 * whose order against the slices' messages engines do not keep alike.
 */
let taskHasRendered = false;

function countRenderInTask() {
  if (!taskHasRendered) {
    taskHasRendered = true;
    perTaskLog.push(0);
    queueMicrotask(() => (taskHasRendered = false));
  }
  perTaskLog[perTaskLog.length - 1]++;
}

/** A Lit element of the library whose render takes RENDER_MS and logs its number. */
class SliceProbe extends MlopsElement {
  static override get properties() {
    return { number: { type: Number } };
  }
  number = 0;
  /** Thrown from the next render, to see the others go on. */
  failure?: Error;
  override render() {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    const until = performance.now() + RENDER_MS;
    while (performance.now() < until);
    rendered.push(this.number);
    countRenderInTask();
    return litHtml`${this.number}`;
  }
}
customElements.define('slice-probe', SliceProbe);

/** `count` probes, upgraded together in this task; `prerendered` ones come with content in a shadow root, as a declarative one would. */
function probes(container: Element, count: number, prerendered = false): SliceProbe[] {
  const made = Array.from({ length: count }, (_, number) => {
    const probe = Object.assign(document.createElement('slice-probe') as SliceProbe, { number });
    if (prerendered) probe.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'prerendered' }));
    return probe;
  });
  container.append(...made);
  return made;
}

/** Runs `change`, which has `count` probes render, and resolves with how many rendered in each task, once all have. */
async function rendersPerTask(count: number, change: () => void): Promise<number[]> {
  rendered.length = 0;
  perTaskLog.length = 0;
  change();
  await until(() => rendered.length === count, `${count} renders`);
  return [...perTaskLog];
}

/** The renders of a burst came in turns: several tasks, none with more than a slice holds, in the order asked. */
function expectTurns(perTask: readonly number[], made: readonly SliceProbe[]) {
  expect(perTask[0], `the page had a turn before the last render (renders per task: ${perTask.join(' ')})`).to.be.below(made.length);
  expect(Math.max(...perTask), `renders per task: ${perTask.join(' ')}`).to.be.at.most(PER_SLICE + 1);
  expect(rendered).to.deep.equal(made.map((probe) => probe.number));
}

describe('render slices', () => {
  beforeEach(() => {
    rendered.length = 0;
  });

  it('renders empty elements upgraded together at once: a gap left waiting would shift the page', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let made: SliceProbe[] = [];
    const perTask = await rendersPerTask(24, () => (made = probes(container, 24)));
    expect(perTask[0], `renders per task: ${perTask.join(' ')}`).to.equal(24);
    for (const probe of made) expect(probe.shadowRoot!.textContent).to.equal(String(probe.number));
  });

  it('updates elements that have rendered over several tasks, no more per task than a slice holds, in their order', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const made = probes(container, 24);
    await Promise.all(made.map((probe) => probe.updateComplete));
    const perTask = await rendersPerTask(made.length, () => made.forEach((probe) => (probe.number += 100)));
    expectTurns(perTask, made);
    for (const probe of made) expect(probe.shadowRoot!.textContent).to.equal(String(probe.number));
  });

  it('hydrates prerendered elements upgraded together over several tasks', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let made: SliceProbe[] = [];
    const perTask = await rendersPerTask(24, () => (made = probes(container, 24, true)));
    expectTurns(perTask, made);
  });

  it('resolves updateComplete of a waiting element once it has rendered', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const made = probes(container, 12, true);
    const last = made[made.length - 1];
    expect(await last.updateComplete).to.equal(true);
    expect(last.hasUpdated).to.equal(true);
    expect(last.shadowRoot!.textContent).to.contain('11');
  });

  it('runs an update that starts a task at once, without waiting for a slice', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const [probe] = probes(container, 1);
    await probe.updateComplete;
    // A fresh task: the page's message, queued before the change, would come first if the update waited.
    await new Promise((resolve) => setTimeout(resolve));
    let pageTask = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (pageTask = true);
    channel.port2.postMessage(0);
    probe.number = 7;
    await probe.updateComplete;
    expect(pageTask, 'the update ran in the task that asked for it').to.equal(false);
    expect(probe.shadowRoot!.textContent).to.equal('7');
    channel.port1.close();
  });

  it('rejects updateComplete of an element whose update throws while waiting, and updates the others', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const made = probes(container, 10);
    await Promise.all(made.map((probe) => probe.updateComplete));
    rendered.length = 0;
    const failing = made[6];
    failing.failure = new Error('render failed');
    for (const probe of made) probe.number += 0.5;
    const outcome = await failing.updateComplete.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(outcome).to.equal('render failed');
    await Promise.all(made.filter((probe) => probe !== failing).map((probe) => probe.updateComplete));
    expect(rendered).to.deep.equal([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 7.5, 8.5, 9.5]);
    // Its next update is an ordinary one. (Lit reports the failed one again as it starts it, an
    // unhandled rejection that the runner lists among the browser logs.)
    failing.number = 60;
    expect(await failing.updateComplete).to.equal(true);
    expect(failing.shadowRoot!.textContent).to.equal('60');
  });
});
