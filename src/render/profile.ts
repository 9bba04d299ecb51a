/**
 * The dataset the renderer shows: the one given in the options (checked against the schema), or the
 * bundled MLOps profile put together from the same slices the elements import.
 */
import { bundledAge, bundledGender } from '../data/demographics.js';
import { bundledPlatforms } from '../data/platforms.js';
import { bundledFeedbackQuestion } from '../data/feedback.js';
import { bundledProfileId, bundledShortName } from '../data/identity.js';
import { bundledTerminology } from '../data/terms.js';
import { bundledToolCatalogue } from '../data/tools.js';
import type { Profile } from '../data/types.js';
import { validateProfile } from '../data/validate.js';
import { bundledPersonas } from '../data/personas.js';
import { bundledSeedGaps } from '../data/seed-gaps.js';
import { bundledProvenance } from '../data/provenance.js';
import { bundledSectionData } from '../data/sections.js';

let bundled: Profile | undefined;

/** The bundled MLOps profile, whole. */
export function bundledProfile(): Profile {
  return (bundled ??= {
    ...bundledSectionData,
    id: bundledProfileId,
    shortName: bundledShortName,
    platforms: bundledPlatforms,
    gender: [...bundledGender],
    age: [...bundledAge],
    terminology: [...bundledTerminology],
    personas: [...bundledPersonas],
    tools: bundledToolCatalogue,
    feedback: { question: bundledFeedbackQuestion },
    seedGaps: bundledSeedGaps,
    ...bundledProvenance,
  } as Profile);
}

/** A dataset that does not match the schema; `errors` name each bad field (`terminology[3].insider: …`). */
export class InvalidProfileError extends Error {
  constructor(readonly errors: string[]) {
    super(`the profile does not match the schema:\n  ${errors.join('\n  ')}`);
    this.name = 'InvalidProfileError';
  }
}

/** The dataset to render with: `data` checked against the schema (throws InvalidProfileError), or the bundled one. */
export function profileFrom(data: unknown): Profile {
  if (data === undefined) return bundledProfile();
  const result = validateProfile(data);
  if (!result.ok) throw new InvalidProfileError(result.errors);
  return result.profile;
}
