import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../src/define/mlops-auto-terms.js';
import '../src/define/mlops-term.js';
import { MlopsAutoTerms } from '../src/elements/auto-terms/auto-terms.js';
import { MlopsTerm } from '../src/elements/term/term.js';
import { MlopsElement } from '../src/internal/base.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { registerStrings } from '../src/internal/i18n.js';
import { PlainMlopsElement } from '../src/internal/plain-element.js';
import { text } from './helpers/dom.js';
import { provideProfile } from './helpers/profile.js';
import { withWarnings } from './helpers/warnings.js';

// The element contract both bases share (src/internal/element-core.ts), and what the renderer-free
// base does in Lit's place: take over properties set before the upgrade, batch updates, report
// problems after the update.

/** A renderer-free element that counts its updates and shows its `label` as its text. */
class UpdateProbe extends PlainMlopsElement {
  static override get observedAttributes(): string[] {
    return ['label-text'];
  }
  updates = 0;
  /** Thrown from the next update, to see the others go on. */
  failure?: Error;
  /** Reported from the next update. */
  problem?: MlopsErrorDetail;
  private text = '';
  get labelText(): string {
    return this.text;
  }
  set labelText(value: string) {
    this.text = value;
    this.requestUpdate();
  }
  attributeChangedCallback(_name: string, _old: string | null, value: string | null): void {
    this.labelText = value ?? '';
  }
  get profileName(): string | undefined {
    return this.providedProfile?.name;
  }
  protected update(): void {
    this.updates += 1;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    this.textContent = this.text;
    this.reportAfterRender(this.problem);
    this.problem = undefined;
  }
}
customElements.define('update-probe', UpdateProbe);

/** The smallest Lit consumer of the provided profile. */
class LitProfileProbe extends MlopsElement {
  override render() {
    return litHtml`${this.providedProfile?.name ?? 'bundled'}`;
  }
}
customElements.define('lit-profile-probe', LitProfileProbe);

/** Whether a term shows as a trigger: the element itself until its shadow root exists, then the wrapper in it. */
const isTrigger = (term: Element) => (term.shadowRoot ? !!term.shadowRoot.querySelector('[part=trigger]') : term.matches(':state(trigger)'));
const duck = { id: 'rubber-duck', insider: 'Rubber Duck', outsider: 'Talking to a toy', explanation: 'Explaining code aloud.' };

describe('element contract: the renderer-free base', () => {
  it('batches a burst of changes into one update, and updateComplete says when it ran', async () => {
    const probe = await fixture<UpdateProbe>(html`<update-probe label-text="one"></update-probe>`);
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.updates).to.equal(1);
    expect(probe.textContent).to.equal('one');
    probe.labelText = 'two';
    probe.setAttribute('label-text', 'three');
    probe.labelText = 'four';
    expect(probe.updates, 'not yet: the update waits for a microtask').to.equal(1);
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.updates).to.equal(2);
    expect(probe.textContent).to.equal('four');
    expect(await probe.updateComplete, 'nothing due: resolves at once').to.equal(true);
  });

  it('resolves updateComplete with false when a change arrives during the update', async () => {
    const probe = await fixture<UpdateProbe>(html`<update-probe></update-probe>`);
    probe.problem = { code: 'probe', message: 'asked again during the update' };
    probe.addEventListener('mlops-error', () => (probe.labelText = 'again'), { once: true });
    probe.labelText = 'first';
    expect(await withWarnings(() => probe.updateComplete)).to.equal(false);
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.textContent).to.equal('again');
  });

  it('updates nothing before the first connection, then once', async () => {
    const probe = document.createElement('update-probe') as UpdateProbe;
    probe.labelText = 'early';
    await Promise.resolve();
    await Promise.resolve();
    expect(probe.updates).to.equal(0);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(probe);
    await probe.updateComplete;
    expect(probe.updates).to.equal(1);
    expect(probe.textContent).to.equal('early');
  });

  it('takes over properties set on the element before it was upgraded', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const term = document.createElement('late-term') as MlopsTerm;
    const auto = document.createElement('late-auto-terms') as MlopsAutoTerms;
    Object.assign(term, { term: 'feature-store', openDelay: 40 });
    Object.assign(auto, { all: true });
    auto.innerHTML = '<p>A sandbox, another sandbox.</p>';
    container.append(term, auto);
    customElements.define('late-term', class extends MlopsTerm {});
    customElements.define('late-auto-terms', class extends MlopsAutoTerms {});
    await term.updateComplete;
    await auto.updateComplete;
    expect(Object.prototype.hasOwnProperty.call(term, 'term'), 'the accessor is no longer hidden').to.equal(false);
    expect(term.term).to.equal('feature-store');
    expect(term.openDelay).to.equal(40);
    expect(isTrigger(term), 'a known term').to.equal(true);
    expect(auto.all).to.equal(true);
    expect(auto.querySelectorAll('mlops-term')).to.have.length(2);
  });

  it('reports problems after the update that shows them', async () => {
    const probe = await fixture<UpdateProbe>(html`<update-probe></update-probe>`);
    const seen: string[] = [];
    probe.addEventListener('mlops-error', () => seen.push(probe.textContent!));
    probe.problem = { code: 'probe', message: 'shown, then reported' };
    probe.labelText = 'shown';
    await withWarnings(() => probe.updateComplete);
    expect(seen).to.deep.equal(['shown']);
  });

  it('keeps updating the other elements when one update throws, and rethrows that error on its own', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><update-probe></update-probe><update-probe></update-probe></div>`);
    const [failing, healthy] = container.querySelectorAll<UpdateProbe>('update-probe');
    await Promise.all([failing.updateComplete, healthy.updateComplete]);
    const uncaught: unknown[] = [];
    // Expected here, so kept from the test framework's own handler, which would fail the test (the
    // runner still logs it among the browser logs).
    const previous = window.onerror;
    window.onerror = (message) => {
      uncaught.push(message);
      return true;
    };
    try {
      failing.failure = new Error('probe failure');
      failing.labelText = 'never shown';
      healthy.labelText = 'shown';
      await healthy.updateComplete;
      await waitUntil(() => uncaught.length, 'the error was not rethrown');
    } finally {
      window.onerror = previous;
    }
    expect(healthy.textContent).to.equal('shown');
    expect(String(uncaught[0])).to.contain('probe failure');
  });

  it('follows a lang change on an ancestor: a term’s bubble words itself in the new language', async () => {
    registerStrings('eo', { term: { outsidersSay: 'Eksteruloj diras:' } });
    const wrapper = await fixture<HTMLParagraphElement>(html`<p lang="en">The <mlops-term>model drift</mlops-term> again.</p>`);
    const term = wrapper.querySelector('mlops-term')!;
    term.show();
    await term.updateComplete;
    const outsider = () => text(term.shadowRoot!.querySelector('[part=outsider]'));
    expect(outsider()).to.match(/^Outsiders say: /);
    wrapper.lang = 'eo';
    await waitUntil(() => /^Eksteruloj diras: /.test(outsider()), 'the bubble kept its English wording', { timeout: 3000 });
    wrapper.lang = 'en';
    await waitUntil(() => /^Outsiders say: /.test(outsider()), 'the bubble did not go back to English', { timeout: 3000 });
    term.hide();
    await term.updateComplete;
  });

  it('does not rescan for a lang change: <mlops-auto-terms> has no wording on show', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <mlops-auto-terms><p>Some model drift.</p></mlops-auto-terms>
      </div>`,
    );
    const auto = wrapper.querySelector('mlops-auto-terms')!;
    await auto.updateComplete;
    let scans = 0;
    auto.addEventListener('mlops-auto-terms-scan', () => (scans += 1));
    wrapper.lang = 'eo';
    // The language registry redraws its elements after the MutationObserver's microtask.
    await new Promise((resolve) => setTimeout(resolve));
    await auto.updateComplete;
    expect(scans).to.equal(0);
    expect(auto.querySelectorAll('mlops-term')).to.have.length(1);
  });
});

describe('element contract: the profile of the nearest provider, in both bases', () => {
  it('follows its provider, and goes back to the bundled dataset when moved out of its reach', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section></section>
        <aside></aside>
      </div>`,
    );
    const [inside, outside] = [page.querySelector('section')!, page.querySelector('aside')!];
    provideProfile(inside, { name: 'Ducks', terminology: [duck] });
    const plain = document.createElement('update-probe') as UpdateProbe;
    const lit = document.createElement('lit-profile-probe') as LitProfileProbe;
    const term = Object.assign(document.createElement('mlops-term'), { textContent: 'rubber duck' });
    inside.append(plain, lit, term);
    await Promise.all([plain.updateComplete, lit.updateComplete, term.updateComplete]);
    expect(plain.profileName).to.equal('Ducks');
    expect(text(lit.shadowRoot)).to.equal('Ducks');
    expect(isTrigger(term), 'known in the provided glossary').to.equal(true);

    const errors: string[] = [];
    term.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
    await withWarnings(async () => {
      outside.append(plain, lit, term);
      await Promise.all([plain.updateComplete, lit.updateComplete, term.updateComplete]);
    });
    expect(plain.profileName).to.equal(undefined);
    expect(text(lit.shadowRoot)).to.equal('bundled');
    expect(isTrigger(term), 'unknown in the bundled glossary').to.equal(false);
    expect(errors).to.deep.equal(['unknown-term']);
  });
});
