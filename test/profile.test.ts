import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../src/define/mlops-profile.js';
import sample from '../data/examples/sample-bubble.json';
import { MlopsElement } from '../src/internal/base.js';
import { validateProfile } from '../src/data/validate.js';
import type { MlopsProfile } from '../src/elements/profile/profile.js';
import { captureWarnings, type CapturedWarnings } from './helpers/warnings.js';

/** The smallest consumer: shows the name of the profile it gets from context. */
class ProfileNameProbe extends MlopsElement {
  get profileName() {
    return this.profilePending ? 'pending' : (this.providedProfile?.name ?? 'bundled');
  }
  override render() {
    return litHtml`<span>${this.profileName}</span>`;
  }
}
customElements.define('profile-name-probe', ProfileNameProbe);

// A query keeps the test server from answering the fetch with the JS module it cached for the import above.
const SAMPLE = '/data/examples/sample-bubble.json?via=fetch';
const probeText = (probe: Element) => probe.shadowRoot!.textContent!.trim();

describe('<mlops-profile>', () => {
  let warnings: CapturedWarnings;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('ships a valid sample profile, clearly marked as sample data', () => {
    const result = validateProfile(sample);
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
    expect(sample.name).to.match(/sample data/i);
    expect(sample.description.text).to.match(/^SAMPLE DATA/);
  });

  it('provides nothing without src: descendants fall back to the bundled dataset', async () => {
    const el = await fixture<MlopsProfile>(html`<mlops-profile><profile-name-probe></profile-name-probe></mlops-profile>`);
    const probe = el.querySelector('profile-name-probe')!;
    expect(probeText(probe)).to.equal('bundled');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('loads src, validates it and provides it to descendants, and swaps datasets', async () => {
    const el = await fixture<MlopsProfile>(html`<mlops-profile><profile-name-probe></profile-name-probe></mlops-profile>`);
    const probe = el.querySelector<ProfileNameProbe>('profile-name-probe')!;
    const loaded = oneEvent(el, 'mlops-profile-load');
    el.src = SAMPLE;
    await el.updateComplete;
    await probe.updateComplete;
    // The fetch needs a network task; updates settle in microtasks, so the probe sees the wait.
    expect(probeText(probe)).to.equal('pending');
    const event = await loaded;
    expect(event.detail.profile.name).to.equal('Home Bakers (sample data)');
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Home Bakers (sample data)');

    el.removeAttribute('src');
    await waitUntil(() => probeText(probe) === 'bundled', 'back to the bundled dataset');
  });

  it('accepts a dataset set from script, after validating it', async () => {
    const el = await fixture<MlopsProfile>(html`<mlops-profile><profile-name-probe></profile-name-probe></mlops-profile>`);
    expect(await el.setProfile(sample)).to.equal(true);
    const probe = el.querySelector<ProfileNameProbe>('profile-name-probe')!;
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Home Bakers (sample data)');
    expect(await el.setProfile({ nope: true })).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('does not match the schema');
  });

  const failures: Array<[string, string, string, RegExp]> = [
    ['a missing file', '/data/examples/no-such-profile.json', 'profile-not-found', /HTTP 404/],
    ['invalid JSON', '/test/fixtures/not-json.json', 'invalid-json', /not valid JSON/],
    ['a schema error', '/test/fixtures/invalid-profile.json', 'invalid-profile', /terminology\[1\]\.insider: expected string, received number/],
    ['a network error', 'http://127.0.0.1:9/profile.json', 'network-error', /could not be fetched/],
  ];
  for (const [what, src, code, text] of failures) {
    it(`shows ${what} in place, fires mlops-error, warns, and keeps the bundled data`, async () => {
      const el = await fixture<MlopsProfile>(html`<mlops-profile><profile-name-probe></profile-name-probe></mlops-profile>`);
      const failed = oneEvent(el, 'mlops-error');
      el.src = src;
      const event = await failed;
      expect(event.detail.code).to.equal(code);
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.match(text);
      expect(warnings.messages.some((line) => text.test(line) || line.includes(code === 'invalid-profile' ? 'does not match' : src))).to.equal(true);
      expect(probeText(el.querySelector('profile-name-probe')!)).to.equal('bundled');
      await expect(el).to.be.accessible();
    });
  }

  it('shows hostile file names as text', async () => {
    const el = await fixture<MlopsProfile>(html`<mlops-profile></mlops-profile>`);
    const failed = oneEvent(el, 'mlops-error');
    el.src = '/nope/<img src=x onerror="window.__pwned=1">.json';
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
