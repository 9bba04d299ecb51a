/** The bundled parts of the profile that <mlops-section> shows: pages that use only other elements never download them. */
import { beginnerMistakes } from './bundled/beginner-mistakes.js';
import { category } from './bundled/category.js';
import { clothing } from './bundled/clothing.js';
import { description } from './bundled/description.js';
import { divides } from './bundled/divides.js';
import { firstSteps } from './bundled/first-steps.js';
import { generalQA } from './bundled/general-qa.js';
import { greeting } from './bundled/greeting.js';
import { insideJokes } from './bundled/inside-jokes.js';
import { keyFindings } from './bundled/key-findings.js';
import { kind } from './bundled/kind.js';
import { misconceptions } from './bundled/misconceptions.js';
import { regionalDifferences } from './bundled/regional-differences.js';
import { sayings } from './bundled/sayings.js';
import { subGroups } from './bundled/sub-groups.js';
import { unwrittenRules } from './bundled/unwritten-rules.js';
import { welcomingPractices } from './bundled/welcoming-practices.js';
import { bundledProfileName } from './identity.js';
import type { Profile } from './types.js';

/** The part of a profile that <mlops-section> reads. */
export type SectionData = Pick<
  Profile,
  | 'name'
  | 'kind'
  | 'category'
  | 'description'
  | 'generalQA'
  | 'keyFindings'
  | 'subGroups'
  | 'divides'
  | 'greeting'
  | 'insideJokes'
  | 'sayings'
  | 'unwrittenRules'
  | 'firstSteps'
  | 'welcomingPractices'
  | 'beginnerMistakes'
  | 'regionalDifferences'
  | 'misconceptions'
  | 'clothing'
>;

export const bundledSectionData: SectionData = {
  name: bundledProfileName,
  kind,
  category,
  description,
  generalQA,
  keyFindings,
  subGroups,
  divides,
  greeting,
  insideJokes,
  sayings,
  unwrittenRules,
  firstSteps,
  welcomingPractices,
  beginnerMistakes,
  regionalDifferences,
  misconceptions,
  clothing,
};
