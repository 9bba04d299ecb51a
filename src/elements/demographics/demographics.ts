import { html } from 'lit';
import { MlopsElement } from '../../internal/base.js';

/** Placeholder until the element is built. */
export class MlopsDemographics extends MlopsElement {
  static override readonly defaultTag = 'mlops-demographics';

  override render() {
    return html`<slot></slot>`;
  }
}
