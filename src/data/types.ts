/** Type-only view of the dataset for runtime code: importing this never pulls zod into a bundle. */
export type {
  Divides,
  ExplainedItem,
  FirstStep,
  Greeting,
  KeyFinding,
  Misconception,
  Persona,
  Platform,
  PlatformDistribution,
  Profile,
  RegionalDifference,
  Share,
  SubGroup,
  Term,
  Tool,
} from './schema.js';
