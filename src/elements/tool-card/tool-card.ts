import { html } from 'lit';
import { MlopsElement } from '../../internal/base.js';

/** Placeholder until the element is built. */
export class MlopsToolCard extends MlopsElement {
  static override readonly defaultTag = 'mlops-tool-card';

  override render() {
    return html`<slot></slot>`;
  }
}
