import { createContext } from '@lit/context';
import type { Profile } from './types.js';

/**
 * The @lit/context key under which `<mlops-profile>` provides a dataset. A string key (not a
 * Symbol) so that two copies of the library on one page still find each other's provider.
 */
export const profileContext = createContext<ProvidedProfile>('mlops-profile');

/**
 * What a provider supplies: a validated dataset; `null` while it is still loading one (elements
 * wait rather than judge their attributes against the wrong dataset); `undefined` when it has none
 * (elements use the bundled dataset).
 */
export type ProvidedProfile = Profile | null | undefined;
