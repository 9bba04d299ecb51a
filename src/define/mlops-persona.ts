import { MlopsPersona } from '../elements/persona/persona.js';

MlopsPersona.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-persona': MlopsPersona;
  }
}
