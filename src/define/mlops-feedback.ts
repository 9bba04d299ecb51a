import { MlopsFeedback } from '../elements/feedback/feedback.js';

MlopsFeedback.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-feedback': MlopsFeedback;
  }
}
