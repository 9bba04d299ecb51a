/** The bundled portraits, in a slice of their own: only <mlops-persona> and the profile page need them. */
import { personas } from '../../../data/mlops.json?slice=personas';
import type { Persona } from '../../data/types.js';

export const bundledPersonas = personas as readonly Persona[];
