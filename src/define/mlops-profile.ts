import { MlopsProfile } from '../elements/profile/profile.js';

MlopsProfile.define();

declare global {
  interface HTMLElementTagNameMap {
    'mlops-profile': MlopsProfile;
  }
}
