import { html } from 'lit';
import { MlopsElement } from '../../internal/base.js';

/** Placeholder until the element is built. */
export class MlopsTerm extends MlopsElement {
  static override readonly defaultTag = 'mlops-term';

  override render() {
    return html`<slot></slot>`;
  }
}
