/** The bundled portraits, in a module of their own: only <mlops-persona> and the profile page need them. */
import { personas } from './bundled/personas.js';
import type { Persona } from './types.js';

export const bundledPersonas: readonly Persona[] = personas;
