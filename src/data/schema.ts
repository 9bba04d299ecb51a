/**
 * The shape of a community profile, as zod 4 schemas (the tree-shakable `zod/mini` API). Every
 * TypeScript type of the data is inferred from these (`z.infer`), so the shape is written once.
 *
 * The bundled dataset is checked against `ProfileSchema` at build and test time; at run time only
 * `<mlops-profile src>` loads this file, through a dynamic import, to check a page's own dataset.
 * Elements import `./types.ts`, which is type-only, so the base bundles never contain zod.
 */
import * as z from 'zod/mini';

/** A stable, URL-safe identifier: lowercase words joined by hyphens (`model-drift`, `ci-cd`). */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase-hyphenated slug'));

const Text = z.string().check(z.minLength(1, 'expected a non-empty string'));
const Percent = z.number().check(z.gte(0, 'expected a percentage ≥ 0'), z.lte(100, 'expected a percentage ≤ 100'));
const Count = z.int().check(z.positive('expected a positive whole number'));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1, 'expected at least one item'));

/** A fact that does not come from the seed must say where it comes from. */
export const SourceSchema = z.object({
  label: Text,
  url: z.url(),
});

export const KeyFindingSchema = z.object({
  id: SlugSchema,
  title: Text,
  /** The finding's lens in the seed: "Insider Perspective", "Opinion Shifts", … */
  category: Text,
  text: Text,
});

export const SubGroupSchema = z.object({
  id: SlugSchema,
  name: Text,
  description: Text,
});

export const PlatformSchema = z.object({
  id: SlugSchema,
  name: Text,
  percent: Percent,
  description: Text,
  /** The seed's platform type, e.g. "Messaging & Chat". */
  category: Text,
  setting: z.enum(['online', 'offline']),
});

export const PlatformDistributionSchema = z.object({
  /**
   * The seed shows only the first page of a carousel ("1 / 3"): the items here are the itemised
   * share; the rest (100 − sum) is unknown and must be shown as "not itemised", never invented.
   */
  items: nonEmpty(PlatformSchema),
  pagesShown: Count,
  pagesTotal: Count,
});

export const ShareSchema = z.object({
  id: SlugSchema,
  label: Text,
  percent: Percent,
});

export const DividesSchema = z.object({
  /** Segment names only: the seed gives no coordinates, so none are stored. */
  segments: nonEmpty(z.object({ id: SlugSchema, name: Text })),
  axes: z.object({
    x: z.object({ label: Text, from: Text, to: Text }),
    y: z.object({ label: Text, from: Text, to: Text }),
  }),
});

export const TermSchema = z.object({
  id: SlugSchema,
  /** What casual observers call it. */
  outsider: Text,
  /** What members call it. */
  insider: Text,
  explanation: Text,
});

export const ConversationLineSchema = z.object({
  speaker: z.enum(['insider', 'outsider']),
  text: Text,
});

export const GreetingSchema = z.object({
  /** The greeting itself: the insider's opening line of the example conversation. */
  phrase: Text,
  conversation: nonEmpty(ConversationLineSchema),
  culturalContext: Text,
});

/** A short item with its explanation: inside jokes, sayings, rules, practices, styles. */
export const ExplainedItemSchema = z.object({
  id: SlugSchema,
  text: Text,
  explanation: Text,
});

export const PersonaSchema = z.object({
  id: SlugSchema,
  name: Text,
  age: Count,
  role: Text,
  gender: Text,
  bio: Text,
  values: nonEmpty(Text),
  motivations: nonEmpty(Text),
  challenges: nonEmpty(Text),
  platforms: nonEmpty(Text),
  keywords: nonEmpty(Text),
});

export const ToolSchema = z.object({
  id: SlugSchema,
  name: Text,
  description: Text,
  tags: nonEmpty(Text),
  /** The seed's subject heading the tool is listed under ("Technologies"). */
  category: Text,
  homepage: z.optional(SourceSchema),
});

export const FirstStepSchema = z.object({
  id: SlugSchema,
  number: Count,
  title: Text,
  duration: Text,
  level: Text,
  summary: Text,
  details: Text,
});

export const RegionalDifferenceSchema = z.object({
  id: SlugSchema,
  region: Text,
  text: Text,
});

export const MisconceptionSchema = z.object({
  id: SlugSchema,
  number: Count,
  misconception: Text,
  reality: Text,
});

/** A section the seed names but leaves empty: recorded so nothing fills it in by accident. */
export const SeedGapSchema = z.object({
  section: Text,
  note: Text,
});

/** Semantic versioning 2.0.0: `1.0.0`, `1.1.0-rc.1`, `2.0.0+build.5`. */
const SemVer = z
  .string()
  .check(
    z.regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/,
      'expected a semantic version such as 1.0.0',
    ),
  );

/** Where a dataset was transcribed from: the source's file name and the day it was transcribed. */
export const DatasetSourceSchema = z.object({
  file: Text,
  /** An ISO date, `YYYY-MM-DD`. */
  transcribed: z.iso.date('expected a date as YYYY-MM-DD'),
});

export const ProfileSchema = z.object({
  /** The JSON Schema the file follows (`mlops.schema.json`), for editors; not part of the data. */
  $schema: z.optional(z.string()),
  /** The version of the data (not of the library): a new field or a corrected fact raises it. */
  version: z.optional(SemVer),
  /** What the dataset was transcribed from, when it was. */
  source: z.optional(DatasetSourceSchema),
  id: SlugSchema,
  name: Text,
  shortName: Text,
  kind: Text,
  category: Text,
  description: z.object({
    text: Text,
    /** True when the seed cuts the sentence off ("…operational li..."). */
    truncated: z.boolean(),
  }),
  generalQA: Text,
  keyFindings: z.array(KeyFindingSchema),
  subGroups: z.array(SubGroupSchema),
  platforms: PlatformDistributionSchema,
  gender: z.array(ShareSchema),
  age: z.array(ShareSchema),
  divides: DividesSchema,
  terminology: z.array(TermSchema),
  greeting: GreetingSchema,
  insideJokes: z.array(ExplainedItemSchema),
  sayings: z.array(ExplainedItemSchema),
  unwrittenRules: z.array(ExplainedItemSchema),
  personas: z.array(PersonaSchema),
  tools: z.object({
    items: z.array(ToolSchema),
    pagesShown: Count,
    pagesTotal: Count,
  }),
  firstSteps: z.object({
    timeToBasics: Text,
    steps: z.array(FirstStepSchema),
  }),
  welcomingPractices: z.array(ExplainedItemSchema),
  beginnerMistakes: z.array(ExplainedItemSchema),
  regionalDifferences: z.array(RegionalDifferenceSchema),
  misconceptions: z.array(MisconceptionSchema),
  clothing: z.array(ExplainedItemSchema),
  feedback: z.object({ question: Text }),
  seedGaps: z.array(SeedGapSchema),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type DatasetSource = z.infer<typeof DatasetSourceSchema>;
export type KeyFinding = z.infer<typeof KeyFindingSchema>;
export type SubGroup = z.infer<typeof SubGroupSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type PlatformDistribution = z.infer<typeof PlatformDistributionSchema>;
/** The platform distribution as the chart draws it: names and shares, without the ids, descriptions, categories and settings it never shows. */
export type PlatformShares = Omit<PlatformDistribution, 'items'> & { items: Omit<Platform, 'id' | 'description' | 'category' | 'setting'>[] };
/** A distribution as a chart draws it: labels and shares, without ids. */
export type ChartShares = Omit<Share, 'id'>[];
export type Share = z.infer<typeof ShareSchema>;
export type Divides = z.infer<typeof DividesSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Greeting = z.infer<typeof GreetingSchema>;
export type ExplainedItem = z.infer<typeof ExplainedItemSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type Tool = z.infer<typeof ToolSchema>;
export type FirstStep = z.infer<typeof FirstStepSchema>;
export type RegionalDifference = z.infer<typeof RegionalDifferenceSchema>;
export type Misconception = z.infer<typeof MisconceptionSchema>;
