import { html } from 'lit';
import { MlopsElement } from '../../internal/base.js';

/** Placeholder until the element is built. */
export class MlopsToolGrid extends MlopsElement {
  static override readonly defaultTag = 'mlops-tool-grid';

  override render() {
    return html`<slot></slot>`;
  }
}
