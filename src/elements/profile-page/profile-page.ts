import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { bundledTerminology } from '../../data/terminology.js';
import { glossaryStrings } from '../glossary/glossary.strings.js';
import { bundledPersonas } from '../../data/personas.js';
import { personaStrings } from '../persona/persona.strings.js';
import { bundledSectionData } from '../../data/sections.js';
import { FragmentTargets } from '../sections/fragment-targets.js';
import { SectionElement } from '../sections/section-element.js';
import { sectionKinds, type SectionKey } from '../sections/section-kinds.js';
import { heading } from '../sections/templates.js';
import { bundledSeedGaps } from '../../data/seed-gaps.js';
import { bundledProvenance } from '../../data/provenance.js';
import { showsContent } from '../../internal/shows-content.js';
import { profilePageStrings, provenanceSentences } from './profile-page.strings.js';
import './rendered-elements.js';
import { profilePageStyles } from './profile-page.styles.js';

/** One entry of the page: an anchor, its table-of-contents label, and what it renders. */
interface Block {
  id: string;
  label: string;
  content: TemplateResult;
}

/**
 * The whole community profile as one page, in the order of the source: the summary (the profile's
 * name as the page's `h1`) and key findings; sub-groups; statistics (the demographic charts, the
 * platforms in full and the ideological divides); the terminology, greeting, inside jokes, facts & sayings and unwritten rules;
 * the fictional portraits; the technologies; first steps, welcoming practices and beginner mistakes;
 * regional differences, misconceptions and clothing & styles; the feedback prompt; and "About this
 * data", which gives the data's version and source (when the dataset has them) and lists what the source
 * leaves out (the dataset's `seedGaps`), never filled in.
 *
 * A table of contents (`<nav>`) links to every section; each section has its anchor as its `id`
 * (`#key-findings`, `#terminology`, `#portraits`…), and the page follows those fragments itself,
 * since a browser does not look inside shadow roots for them. Sections a dataset leaves empty are
 * left out of the page and named in "About this data".
 *
 * It renders the other mlops elements (`<mlops-section>`, `<mlops-glossary>`, `<mlops-persona>`,
 * `<mlops-demographics>`, `<mlops-platforms>`, `<mlops-tool-grid>`, `<mlops-feedback>`), which read the same dataset: the
 * nearest `<mlops-profile>`'s, or else the bundled MLOps profile. While that provider loads, the page
 * shows "Loading the profile…". Use it with no attributes.
 *
 * @tagname mlops-profile-page
 * @summary The whole community profile as one page, with a table of contents.
 *
 * @slot - Not rendered; content placed inside the element shows only before it is defined (a fallback).
 *
 * @csspart page - The `<article>` holding the whole page.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-title - The "Contents" heading.
 * @csspart toc-link - A link of the table of contents.
 * @csspart section - The sections the page draws itself: Statistics & demographics, Technologies, Feedback, About this data.
 * @csspart title - Their headings.
 * @csspart about - The "About this data" section (also a `section`).
 * @csspart loading - The status shown while an enclosing `<mlops-profile src>` loads.
 *
 * @cssprop [--mlops-profile-page-max-width=72rem] - The widest the page grows.
 * @cssprop [--mlops-profile-page-toc-width=14rem] - Width of the table of contents beside the content, on a wide page.
 * @cssprop [--mlops-section-title-size=1.5rem] - Font size of the section titles (the sections' elements read it too).
 *
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `{ code: 'invalid-attribute', message, suggestion }` for a bad `heading-level`;
 * the elements inside fire their own.
 */
export class MlopsProfilePage extends SectionElement {
  static override readonly defaultTag = 'mlops-profile-page';

  static override styles = profilePageStyles;

  private readonly fragments = new FragmentTargets(this);

  /**
   * How many blocks of the content column the page shows while it fills in; undefined once it shows them all.
   * The first time it shows its content in a browser, unless prerendered (that hydrates whole), the page adds
   * one block per update, at the end of the column, where nothing shown yet moves; the render slices its
   * registration loads (src/internal/render-slices.ts) spread those updates over tasks, where its forty-odd
   * elements rendering at once would be one long task for the host page.
   */
  private shownBlocks?: number;
  /** The update that shows the next block, once asked for. */
  private nextBlock?: Promise<void>;
  /** The blocks of the content column in the last render. */
  private blockCount = 0;
  /** Whether the page has shown its content (prerendered, or filled in): it fills in once, not on a later dataset or language. */
  private contentBegun = false;
  /**
   * The height of the page's box before its first render (the box a page's mlops-elements.css reserves for
   * it), kept while the page fills in so that nothing after it moves. Read while the element upgrades, when
   * that box still applies.
   */
  private readonly reservedHeight = !isServer && this.isConnected && !this.shadowRoot ? this.getBoundingClientRect().height : 0;

  private get strings(): typeof profilePageStrings {
    return this.localize('profilePage', profilePageStrings);
  }

  protected override get defaultHeadingLevel(): number {
    return 1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Prerendered content hydrates as it is (Lit matches the whole template against it), and a server
    // render (no render root) is the whole page.
    if (!this.hasUpdated && (!this.renderRoot || showsContent(this))) this.contentBegun = true;
    if (this.profilePending) {
      // A dataset on its way (<mlops-profile src>): what was filling in gives way to the loading note, and
      // the new dataset fills in when it comes.
      if (this.shownBlocks !== undefined) [this.shownBlocks, this.contentBegun] = [undefined, false];
      return;
    }
    if (this.contentBegun) return;
    this.contentBegun = true;
    this.shownBlocks = 1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shownBlocks === undefined) return;
    if (this.shownBlocks < this.blockCount) {
      this.shownBlocks++;
      // Asked for after this update, not during it (Lit warns of an update requested by the one before).
      this.nextBlock = Promise.resolve().then(() => this.requestUpdate());
    } else {
      this.shownBlocks = undefined;
    }
    const page = this.renderRoot.querySelector<HTMLElement>('.page');
    if (page) page.style.minHeight = this.shownBlocks === undefined ? '' : `${this.reservedHeight}px`;
  }

  /** Resolves once the page shows every block: while it fills in, each update asks for the next. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.shownBlocks !== undefined) {
      await this.nextBlock;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render() {
    return this.profilePending ? html`<p part="loading" class="note" role="status">${this.strings.loading}</p>` : super.render();
  }

  protected override renderContent(): TemplateResult {
    const profile = this.providedProfile;
    const data = profile ?? bundledSectionData;
    const sectionLevel = Math.min(this.level + 1, 6);
    const subLevel = Math.min(sectionLevel + 1, 6);
    const missing: string[] = [];

    /** A block, or nothing (and a mention in "About this data") when the dataset has nothing for it. */
    const block = (id: string, label: string, empty: boolean, content: TemplateResult): Block[] => {
      if (!empty) return [{ id, label, content }];
      missing.push(label);
      return [];
    };
    const section = (key: SectionKey): Block[] =>
      block(
        key,
        sectionKinds[key].title(data, this.sectionStrings),
        sectionKinds[key].isEmpty(data),
        html`<mlops-section id=${key} section=${key} heading-level=${sectionLevel}></mlops-section>`,
      );
    const titled = (id: string, title: string, content: TemplateResult, part = 'section'): Block[] =>
      block(id, title, false, html`<section id=${id} part=${part} class="section">${heading(sectionLevel, 'title', title)}${content}</section>`);

    const blocks: Block[] = [
      ...block('summary', this.strings.summary, false, html`<mlops-section id="summary" section="summary" heading-level=${this.level}></mlops-section>`),
      ...section('key-findings'),
      ...section('sub-groups'),
      ...titled(
        'statistics',
        this.strings.statistics,
        html`<mlops-demographics heading-level=${subLevel}></mlops-demographics>
          <mlops-platforms id="platforms" heading-level=${subLevel}></mlops-platforms>
          <mlops-section id="divides" section="divides" heading-level=${subLevel}></mlops-section>`,
      ),
      ...block(
        'terminology',
        this.localize('glossary', glossaryStrings).title,
        !(profile?.terminology ?? bundledTerminology).length,
        html`<mlops-glossary id="terminology" heading-level=${sectionLevel}></mlops-glossary>`,
      ),
      ...section('greeting'),
      ...section('inside-jokes'),
      ...section('sayings'),
      ...section('unwritten-rules'),
      ...block(
        'portraits',
        this.localize('persona', personaStrings).title,
        !(profile?.personas ?? bundledPersonas).length,
        html`<mlops-persona id="portraits" heading-level=${sectionLevel}></mlops-persona>`,
      ),
      ...titled('technologies', this.strings.technologies, html`<mlops-tool-grid heading-level=${subLevel}></mlops-tool-grid>`),
      ...section('first-steps'),
      ...section('welcoming-practices'),
      ...section('beginner-mistakes'),
      ...section('regional-differences'),
      ...section('misconceptions'),
      ...section('clothing'),
      ...titled('feedback', this.strings.feedback, html`<mlops-feedback></mlops-feedback>`),
    ];
    // Last, so that it can name every section the dataset left empty.
    blocks.push(...titled('about-this-data', this.strings.about, this.renderAbout(missing), 'section about'));

    const [summary, ...rest] = blocks;
    this.blockCount = rest.length;
    return html`<article part="page" class="page">
      ${summary.content}
      <div class="layout">
        <nav part="toc" class="toc" aria-labelledby="toc-title" @click=${this.fragments.onLinkClick}>
          ${heading(sectionLevel, 'toc-title', this.strings.contents, 'toc-title')}
          <ol role="list">
            ${blocks.map((entry) => html`<li><a part="toc-link" href=${`#${entry.id}`}>${entry.label}</a></li>`)}
          </ol>
        </nav>
        <div class="content">${rest.slice(0, this.shownBlocks).map((entry) => entry.content)}</div>
      </div>
    </article>`;
  }

  private renderAbout(missing: readonly string[]): TemplateResult {
    const gaps = this.providedProfile?.seedGaps ?? bundledSeedGaps;
    const provenance = provenanceSentences(this.providedProfile ?? bundledProvenance, this.strings);
    return html`${provenance ? html`<p class="provenance">${provenance}</p>` : nothing}${
      gaps.length
        ? html`<p>${this.strings.gapsIntro}</p>
            <ul>
              ${gaps.map((gap) => html`<li><strong>${gap.section}:</strong> ${gap.note}</li>`)}
            </ul>`
        : html`<p>${this.strings.noGaps}</p>`
    }
      ${missing.length ? html`<p>${this.strings.notInProfile(missing)}</p>` : nothing}`;
  }
}
