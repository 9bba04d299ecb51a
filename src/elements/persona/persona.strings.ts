/** Every word <mlops-persona> shows or reports, in one place so that a translation has one file to replace. */
import { quoted } from '../sections/section.strings.js';

export const personaStrings = {
  title: 'Fictional portraits',
  age: 'Age',
  role: 'Role',
  gender: 'Gender',
  values: 'Values',
  motivations: 'Motivations',
  challenges: 'Challenges',
  platforms: 'Platforms',
  keywords: 'Keywords',
  none: 'Fictional portraits: not in this profile.',
  unknownPersona: (value: string) => `No portrait called ${quoted(value)} in this profile.`,
  available: (names: readonly string[]) => `Portraits in this profile: ${names.join(', ')}.`,
};

// The table joins the library's StringTables, so that registerStrings() checks translations of it.
declare module '../../internal/i18n.js' {
  interface StringTables {
    persona: typeof personaStrings;
  }
}
