import { createContext } from '@lit/context';
import type { Profile } from './types.js';

/**
 * The @lit/context key under which `<mlops-profile>` provides a dataset. A string key (not a
 * Symbol) so that two copies of the library on one page still find each other's provider.
 */
export const profileContext = createContext<Profile | undefined>('mlops-profile');
