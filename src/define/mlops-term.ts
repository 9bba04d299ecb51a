import { MlopsTerm } from '../elements/term/term.js';

MlopsTerm.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-term': MlopsTerm;
  }
}
