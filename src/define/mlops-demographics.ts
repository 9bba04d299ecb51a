import { MlopsDemographics } from '../elements/demographics/demographics.js';

MlopsDemographics.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-demographics': MlopsDemographics;
  }
}
