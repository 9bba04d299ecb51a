/**
 * React wrappers (`mlops-elements/react`), made with @lit/react: properties are set as properties,
 * and the `mlops-*` events are typed `onMlops…` props.
 *
 * ```tsx
 * import { MlopsTerm, MlopsFeedback } from 'mlops-elements/react';
 * <MlopsFeedback endpoint="/api/feedback" onMlopsFeedbackSubmit={(event) => track(event.detail)} />
 * ```
 *
 * Each wrapper registers its element when it is first imported in a browser. On a server (React SSR)
 * nothing is registered and the tags render as plain HTML; the browser upgrades them later.
 * React 19 can also use the tags directly: `./jsx.js` types them for JSX.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { FeedbackPayload } from '../elements/feedback/feedback.js';
import { MlopsAutoTerms as AutoTermsElement, type MlopsAutoTermsScanDetail } from '../elements/auto-terms/auto-terms.js';
import { MlopsDemographics as DemographicsElement } from '../elements/demographics/demographics.js';
import { MlopsFeedback as FeedbackElement } from '../elements/feedback/feedback.js';
import { MlopsGlossary as GlossaryElement } from '../elements/glossary/glossary.js';
import { MlopsPersona as PersonaElement } from '../elements/persona/persona.js';
import { MlopsProfilePage as ProfilePageElement } from '../elements/profile-page/profile-page.js';
import { MlopsSection as SectionElement } from '../elements/sections/section.js';
import { MlopsProfile as ProfileElement, type ProfileLoadDetail } from '../elements/profile/profile.js';
import { MlopsTerm as TermElement, type MlopsTermEventDetail } from '../elements/term/term.js';
import { MlopsToolCard as ToolCardElement } from '../elements/tool-card/tool-card.js';
import { MlopsToolGrid as ToolGridElement } from '../elements/tool-grid/tool-grid.js';
import type { MlopsErrorDetail } from '../internal/events.js';
import './jsx.js';

export type { FeedbackPayload, MlopsAutoTermsScanDetail, MlopsErrorDetail, MlopsTermEventDetail, ProfileLoadDetail };

type Definable = (abstract new () => HTMLElement) & { define(): void; readonly defaultTag: string };

/**
 * Registers the element class (after the elements it renders) under its default tag, only where
 * there is a custom element registry: not during server rendering.
 */
function registered<T extends Definable>(elementClass: T, ...renders: Definable[]): T {
  if (typeof customElements !== 'undefined') for (const each of [...renders, elementClass]) each.define();
  return elementClass;
}

const onError = { onMlopsError: 'mlops-error' as EventName<CustomEvent<MlopsErrorDetail>> };

// Each wrapper is marked pure so that a bundle which never renders one leaves its element out.

/** `<mlops-term>`: wrap a phrase (`children`); `onMlopsTermOpen` (cancelable), `onMlopsTermClose`, `onMlopsError`. */
export const MlopsTerm = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-term',
  elementClass: /* @__PURE__ */ registered(TermElement),
  displayName: 'MlopsTerm',
  events: {
    onMlopsTermOpen: 'mlops-term-open' as EventName<CustomEvent<MlopsTermEventDetail>>,
    onMlopsTermClose: 'mlops-term-close' as EventName<CustomEvent<MlopsTermEventDetail>>,
    ...onError,
  },
});

/** `<mlops-tool-card>`: `tool`, `variant`, `headingLevel`; `onMlopsError`. */
export const MlopsToolCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-tool-card',
  elementClass: /* @__PURE__ */ registered(ToolCardElement),
  displayName: 'MlopsToolCard',
  events: onError,
});

/** `<mlops-tool-grid>`: `tag`, `variant`, `headingLevel`; `onMlopsError`. */
export const MlopsToolGrid = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-tool-grid',
  // The grid renders <mlops-tool-card>s, so it needs that tag too.
  elementClass: /* @__PURE__ */ registered(ToolGridElement, ToolCardElement),
  displayName: 'MlopsToolGrid',
  events: onError,
});

/** `<mlops-demographics>`: `chart`, `headingLevel`; `onMlopsError`. */
export const MlopsDemographics = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-demographics',
  elementClass: /* @__PURE__ */ registered(DemographicsElement),
  displayName: 'MlopsDemographics',
  events: onError,
});

/** `<mlops-feedback>`: `onMlopsFeedbackSubmit` (cancelable), `onMlopsFeedbackSent`, `onMlopsError`. */
export const MlopsFeedback = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-feedback',
  elementClass: /* @__PURE__ */ registered(FeedbackElement),
  displayName: 'MlopsFeedback',
  events: {
    onMlopsFeedbackSubmit: 'mlops-feedback-submit' as EventName<CustomEvent<FeedbackPayload>>,
    onMlopsFeedbackSent: 'mlops-feedback-sent' as EventName<CustomEvent<FeedbackPayload>>,
    ...onError,
  },
});

/** `<mlops-profile>`: `src` or `profile`; `onMlopsProfileLoad`, `onMlopsError`. */
export const MlopsProfile = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-profile',
  elementClass: /* @__PURE__ */ registered(ProfileElement),
  displayName: 'MlopsProfile',
  events: {
    onMlopsProfileLoad: 'mlops-profile-load' as EventName<CustomEvent<ProfileLoadDetail>>,
    ...onError,
  },
});

/** `<mlops-auto-terms>`: wraps the glossary phrases in its `children` in terms; `onMlopsAutoTermsScan`, `onMlopsError`. */
export const MlopsAutoTerms = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-auto-terms',
  // It wraps what it finds in <mlops-term>, so it needs that tag too.
  elementClass: /* @__PURE__ */ registered(AutoTermsElement, TermElement),
  displayName: 'MlopsAutoTerms',
  events: {
    onMlopsAutoTermsScan: 'mlops-auto-terms-scan' as EventName<CustomEvent<MlopsAutoTermsScanDetail>>,
    ...onError,
  },
});

/** `<mlops-section>`: one section of the profile (`section="key-findings"`, …), `headingLevel`; `onMlopsError`. */
export const MlopsSection = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-section',
  elementClass: /* @__PURE__ */ registered(SectionElement),
  displayName: 'MlopsSection',
  events: onError,
});

/** `<mlops-persona>`: one of the profile's portraits by `name`, `headingLevel`; `onMlopsError`. */
export const MlopsPersona = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-persona',
  elementClass: /* @__PURE__ */ registered(PersonaElement),
  displayName: 'MlopsPersona',
  events: onError,
});

/** `<mlops-glossary>`: every term of the profile, `headingLevel`; `onMlopsError`. */
export const MlopsGlossary = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-glossary',
  elementClass: /* @__PURE__ */ registered(GlossaryElement),
  displayName: 'MlopsGlossary',
  events: onError,
});

/** `<mlops-profile-page>`: the whole profile as one page, `headingLevel`; `onMlopsError`. */
export const MlopsProfilePage = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mlops-profile-page',
  // The page renders these tags in its shadow root.
  elementClass: /* @__PURE__ */ registered(
    ProfilePageElement,
    SectionElement,
    GlossaryElement,
    PersonaElement,
    DemographicsElement,
    ToolCardElement,
    ToolGridElement,
    FeedbackElement,
  ),
  displayName: 'MlopsProfilePage',
  events: onError,
});
