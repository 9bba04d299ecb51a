/**
 * JSX types for using the tags directly in React 19, which passes props to custom elements as
 * properties when the element has one (else as attributes) and `on<event-name>` props as listeners:
 *
 * ```tsx
 * import 'mlops-elements/define/mlops-feedback';
 * <mlops-feedback scale="thumbs" onmlops-feedback-submit={(event) => track(event.detail)} />
 * ```
 *
 * Loaded by `mlops-elements/react`; import it alone with `import type {} from 'mlops-elements/react/jsx'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MlopsAutoTerms, MlopsAutoTermsScanDetail } from '../elements/auto-terms/auto-terms.js';
import type { MlopsDemographics } from '../elements/demographics/demographics.js';
import type { FeedbackPayload, MlopsFeedback } from '../elements/feedback/feedback.js';
import type { MlopsGlossary } from '../elements/glossary/glossary.js';
import type { MlopsPersona } from '../elements/persona/persona.js';
import type { MlopsProfilePage } from '../elements/profile-page/profile-page.js';
import type { MlopsProfile, ProfileLoadDetail } from '../elements/profile/profile.js';
import type { MlopsSection } from '../elements/sections/section.js';
import type { MlopsTerm, MlopsTermEventDetail } from '../elements/term/term.js';
import type { MlopsToolCard } from '../elements/tool-card/tool-card.js';
import type { MlopsToolGrid } from '../elements/tool-grid/tool-grid.js';
import type { MlopsErrorDetail } from '../internal/events.js';

/** React's props for an HTML element of class `E`, plus the element's own attributes and events. */
type CustomElementProps<E extends HTMLElement, Attributes> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Attributes & { 'onmlops-error'?: (event: CustomEvent<MlopsErrorDetail>) => void };

type Numeric = number | `${number}`;
type Variant = 'full' | 'compact';

export interface MlopsTermAttributes {
  term?: string;
  open?: boolean;
  'open-delay'?: Numeric;
  'close-delay'?: Numeric;
  'onmlops-term-open'?: (event: CustomEvent<MlopsTermEventDetail>) => void;
  'onmlops-term-close'?: (event: CustomEvent<MlopsTermEventDetail>) => void;
}

export interface MlopsToolCardAttributes {
  tool?: string;
  variant?: Variant;
  'heading-level'?: Numeric;
}

export interface MlopsToolGridAttributes {
  tag?: string;
  variant?: Variant;
  'heading-level'?: Numeric;
}

export interface MlopsDemographicsAttributes {
  /** `platforms`, `gender`, `age`, or several separated by spaces or commas. */
  chart?: string;
  'heading-level'?: Numeric;
}

export interface MlopsFeedbackAttributes {
  question?: string;
  scale?: '5' | 'thumbs';
  endpoint?: string;
  maxlength?: Numeric;
  timeout?: Numeric;
  'retry-base-delay'?: Numeric;
  'max-attempts'?: Numeric;
  'onmlops-feedback-submit'?: (event: CustomEvent<FeedbackPayload>) => void;
  'onmlops-feedback-sent'?: (event: CustomEvent<FeedbackPayload>) => void;
}

export interface MlopsProfileAttributes {
  src?: string;
  'onmlops-profile-load'?: (event: CustomEvent<ProfileLoadDetail>) => void;
}

export interface MlopsAutoTermsAttributes {
  /** Wrap every occurrence, not only the first of each term. */
  all?: boolean;
  /** A CSS selector list of descendants to leave alone. */
  exclude?: string;
  'onmlops-auto-terms-scan'?: (event: CustomEvent<MlopsAutoTermsScanDetail>) => void;
}

export interface MlopsSectionAttributes {
  /** Which section: `summary`, `key-findings`, `greeting`, … */
  section?: string;
  'heading-level'?: Numeric;
}

export interface MlopsPersonaAttributes {
  /** The portrait's name, e.g. `Ravi`. */
  name?: string;
  'heading-level'?: Numeric;
}

export interface MlopsGlossaryAttributes {
  'heading-level'?: Numeric;
}

export interface MlopsProfilePageAttributes {
  'heading-level'?: Numeric;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'mlops-term': CustomElementProps<MlopsTerm, MlopsTermAttributes>;
      'mlops-tool-card': CustomElementProps<MlopsToolCard, MlopsToolCardAttributes>;
      'mlops-tool-grid': CustomElementProps<MlopsToolGrid, MlopsToolGridAttributes>;
      'mlops-demographics': CustomElementProps<MlopsDemographics, MlopsDemographicsAttributes>;
      'mlops-feedback': CustomElementProps<MlopsFeedback, MlopsFeedbackAttributes>;
      'mlops-profile': CustomElementProps<MlopsProfile, MlopsProfileAttributes>;
      'mlops-auto-terms': CustomElementProps<MlopsAutoTerms, MlopsAutoTermsAttributes>;
      'mlops-section': CustomElementProps<MlopsSection, MlopsSectionAttributes>;
      'mlops-persona': CustomElementProps<MlopsPersona, MlopsPersonaAttributes>;
      'mlops-glossary': CustomElementProps<MlopsGlossary, MlopsGlossaryAttributes>;
      'mlops-profile-page': CustomElementProps<MlopsProfilePage, MlopsProfilePageAttributes>;
    }
  }
}
