/**
 * `<snippet-builder>`: the docs' copy-paste page. Pick an element, set its attributes, see it live and
 * copy its HTML with the script tag that loads it. The attributes, their types and descriptions come
 * from custom-elements.json, so the builder offers what the elements accept and nothing else.
 * It is a page of the docs (Storybook), not part of the library.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define/all.js';

/** One attribute as the manifest describes it. */
interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}

interface ManifestElement {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
  slots?: { name: string; description?: string }[];
}

/** How an attribute is edited: a fixed choice, a checkbox, a number or free text. */
export interface BuilderField {
  name: string;
  kind: 'choice' | 'boolean' | 'number' | 'text';
  options: string[];
  description: string;
}

/** An element the builder offers, with its editable attributes. */
export interface BuilderElement {
  tag: string;
  summary: string;
  fields: BuilderField[];
  /** Whether its text content matters (a default slot), like `<mlops-term>`'s phrase. */
  text: boolean;
}

/** The CDN the snippets name; a site copies `dist/cdn/` to its own server and changes this. */
export const CDN_BASE = 'https://your-cdn.example/mlops-elements/dist/cdn/';

/** What a first try of each element shows (the manifest has no examples). */
const STARTERS: Record<string, { attributes?: Record<string, string>; text?: string }> = {
  'mlops-term': { text: 'model drift' },
  'mlops-tool-card': { attributes: { tool: 'mlflow' } },
  'mlops-tool-grid': { attributes: { tag: 'Model Serving', variant: 'compact' } },
  'mlops-demographics': { attributes: { chart: 'age' } },
  'mlops-auto-terms': { text: 'Pipelines fail on model drift, not on crashes.' },
};

function fieldOf(attribute: ManifestAttribute): BuilderField {
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  const options = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  const kind = options.length && /^('[^']*'\s*\|?\s*)+$/.test(type) ? 'choice' : type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'text';
  return { name: attribute.name, kind, options: kind === 'choice' ? options : [], description: attribute.description ?? '' };
}

/** Every element of the manifest with its attributes, in the manifest's order. */
export function builderElements(): BuilderElement[] {
  const declarations = (manifest as { modules: { declarations?: ManifestElement[] }[] }).modules.flatMap((module) => module.declarations ?? []);
  return declarations
    .filter((declaration): declaration is ManifestElement & { tagName: string } => Boolean(declaration.tagName?.startsWith('mlops-')))
    .map((declaration) => ({
      tag: declaration.tagName,
      summary: declaration.summary ?? '',
      fields: (declaration.attributes ?? []).map(fieldOf),
      text: (declaration.slots ?? []).some((slot) => slot.name === ''),
    }));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML a site pastes: the element's CDN script, then the element with the chosen attributes (escaped). */
export function snippetHtml(tag: string, attributes: Record<string, string | boolean>, text = ''): string {
  const written = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : value ? ` ${name}="${escapeAttribute(value)}"` : ''))
    .join('');
  return `<script type="module" src="${CDN_BASE}${tag}.js"></script>\n\n<${tag}${written}>${escapeText(text)}</${tag}>`;
}

/** Fired when the snippet was copied; `detail` is the HTML. */
export type SnippetCopyEvent = CustomEvent<string>;

export class SnippetBuilder extends LitElement {
  static override properties = {
    tag: { reflect: true },
    values: { state: true },
    text: { state: true },
    status: { state: true },
  };

  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
      font-family: system-ui, sans-serif;
      color-scheme: light dark;
    }
    fieldset {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      border-radius: 6px;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    .hint {
      font-weight: normal;
      font-size: 0.875rem;
    }
    input,
    select,
    textarea,
    button {
      font: inherit;
      max-width: 100%;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .preview {
      padding: 1rem;
      border: 1px dashed color-mix(in srgb, currentColor 40%, transparent);
      border-radius: 6px;
      min-width: 0;
    }
    figure {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    figcaption {
      font-weight: 600;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      overflow-x: auto;
      border-radius: 6px;
      background: color-mix(in srgb, currentColor 8%, transparent);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `;

  /** The element being built (default `mlops-tool-card`). */
  declare tag: string;
  declare private values: Record<string, string | boolean>;
  declare private text: string;
  declare private status: string;
  private readonly elements = builderElements();

  constructor() {
    super();
    // Assigned here, not as field initialisers: a compiler with define semantics would hide Lit's accessors.
    this.tag = 'mlops-tool-card';
    this.values = {};
    this.text = '';
    this.status = '';
  }

  /** The HTML the Copy button copies. */
  get snippet(): string {
    return snippetHtml(this.tag, this.values, this.current?.text ? this.text : '');
  }

  private get current(): BuilderElement | undefined {
    return this.elements.find((element) => element.tag === this.tag);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag')) {
      const starter = STARTERS[this.tag] ?? {};
      this.values = { ...starter.attributes };
      this.text = starter.text ?? '';
      this.status = '';
    }
  }

  protected override updated(): void {
    // The live element is made with the DOM API, never parsed from the snippet: attribute values stay data.
    const preview = this.renderRoot.querySelector('.preview');
    if (!preview) return;
    const live = document.createElement(this.tag);
    for (const [name, value] of Object.entries(this.values)) {
      if (value === true) live.setAttribute(name, '');
      else if (typeof value === 'string' && value !== '') live.setAttribute(name, value);
    }
    if (this.current?.text) live.textContent = this.text;
    const previous = preview.firstElementChild;
    if (previous && previous.outerHTML === live.outerHTML) return;
    preview.replaceChildren(live);
  }

  private set(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    this.status = '';
  }

  private async copy(): Promise<void> {
    const snippet = this.snippet;
    try {
      await navigator.clipboard.writeText(snippet);
      this.status = 'Copied.';
    } catch {
      // No clipboard permission (an embedded frame, an older browser): select the code for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('pre')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.status = 'The clipboard is not available here: the code is selected, press Ctrl+C (⌘C) to copy it.';
    }
    this.dispatchEvent(new CustomEvent('snippet-copy', { detail: snippet, bubbles: true, composed: true }));
  }

  private renderField(field: BuilderField) {
    const id = `field-${field.name}`;
    const value = this.values[field.name];
    const hint = html`<span class="hint" id=${`${id}-hint`}>${field.description}</span>`;
    if (field.kind === 'boolean') {
      return html`<div>
        <label class="check"
          ><input type="checkbox" name=${field.name} .checked=${value === true} @change=${(event: Event) => this.set(field.name, (event.target as HTMLInputElement).checked)} />${field.name}</label
        >${hint}
      </div>`;
    }
    const changed = (event: Event) => this.set(field.name, (event.target as HTMLInputElement | HTMLSelectElement).value);
    return html`<label
      >${field.name}
      ${
        field.kind === 'choice'
          ? html`<select name=${field.name} aria-describedby=${`${id}-hint`} @change=${changed}>
            <option value="" ?selected=${!value}>(default)</option>
            ${field.options.map((option) => html`<option ?selected=${value === option}>${option}</option>`)}
          </select>`
          : html`<input
            name=${field.name}
            type=${field.kind === 'number' ? 'number' : 'text'}
            aria-describedby=${`${id}-hint`}
            .value=${typeof value === 'string' ? value : ''}
            @input=${changed}
          />`
      }
      ${hint}</label
    >`;
  }

  override render() {
    const current = this.current;
    return html`
      <fieldset>
        <legend>Element and attributes</legend>
        <label
          >Element
          <select name="tag" @change=${(event: Event) => (this.tag = (event.target as HTMLSelectElement).value)}>
            ${this.elements.map((element) => html`<option ?selected=${element.tag === this.tag}>${element.tag}</option>`)}
          </select>
          <span class="hint">${current?.summary}</span>
        </label>
        ${current?.fields.map((field) => this.renderField(field))}
        ${
          current?.text
            ? html`<label
              >Text content
              <textarea name="text" rows="2" .value=${this.text} @input=${(event: Event) => (this.text = (event.target as HTMLTextAreaElement).value)}></textarea
            ></label>`
            : nothing
        }
      </fieldset>
      <section aria-label="Live preview" class="preview"></section>
      <figure>
        <figcaption>HTML to paste</figcaption>
        <pre><code>${this.snippet}</code></pre>
      </figure>
      <div class="check">
        <button type="button" @click=${this.copy}>Copy HTML</button>
        <span role="status">${this.status}</span>
      </div>
    `;
  }
}

/** Registers `<snippet-builder>` (a function, not a module side effect: package.json's `sideEffects` would let a bundler drop that). */
export function defineSnippetBuilder(): void {
  if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
