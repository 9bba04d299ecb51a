import { html } from 'lit';
import { MlopsElement } from '../../internal/base.js';

/** Placeholder until the element is built. */
export class MlopsFeedback extends MlopsElement {
  static override readonly defaultTag = 'mlops-feedback';

  override render() {
    return html`<slot></slot>`;
  }
}
