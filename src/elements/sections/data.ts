/**
 * The bundled slices <mlops-section> shows, one `?slice=` module per top-level key (see
 * vite.config.ts): pages that use only other elements never download them. The build validated the
 * JSON against the schema, which is why the casts are safe.
 */
import { beginnerMistakes } from '../../../data/mlops.json?slice=beginnerMistakes';
import { category } from '../../../data/mlops.json?slice=category';
import { clothing } from '../../../data/mlops.json?slice=clothing';
import { description } from '../../../data/mlops.json?slice=description';
import { divides } from '../../../data/mlops.json?slice=divides';
import { firstSteps } from '../../../data/mlops.json?slice=firstSteps';
import { generalQA } from '../../../data/mlops.json?slice=generalQA';
import { greeting } from '../../../data/mlops.json?slice=greeting';
import { insideJokes } from '../../../data/mlops.json?slice=insideJokes';
import { keyFindings } from '../../../data/mlops.json?slice=keyFindings';
import { kind } from '../../../data/mlops.json?slice=kind';
import { misconceptions } from '../../../data/mlops.json?slice=misconceptions';
import { regionalDifferences } from '../../../data/mlops.json?slice=regionalDifferences';
import { sayings } from '../../../data/mlops.json?slice=sayings';
import { subGroups } from '../../../data/mlops.json?slice=subGroups';
import { unwrittenRules } from '../../../data/mlops.json?slice=unwrittenRules';
import { welcomingPractices } from '../../../data/mlops.json?slice=welcomingPractices';
import { bundledProfileName } from '../../data/identity.js';
import type { Profile } from '../../data/types.js';

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

export const bundledSectionData = {
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
} as SectionData;
