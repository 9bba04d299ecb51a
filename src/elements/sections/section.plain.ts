/**
 * `<mlops-section>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): one section of
 * the profile under its heading, as the element draws it. The persona, glossary and profile page use
 * its heading level, and the profile page its sections.
 */
import { suggestName } from '../../data/lookup.js';
import type { Profile } from '../../data/types.js';
import { el, heading, type Child, type Markup } from '../../render/html.js';
import { attribute, type LocatedElement } from '../../render/parse.js';
import { facts, fallbackOrMessage, headingLevel, list, ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { sectionKinds, type SectionKey } from './section-kinds.js';
import { choiceNames, findSection, sectionChoices } from './section.js';
import { sectionStrings, type SectionStrings } from './section.strings.js';

interface ItemView {
  title: string;
  label?: string;
  body: Child;
}

const explainedItem = (item: { text: string; explanation: string }): ItemView => ({ title: item.text, body: el('p', {}, item.explanation) });

function itemList(items: readonly ItemView[], level: number, ordered = false): Markup {
  return el(
    ordered ? 'ol' : 'ul',
    {},
    items.map((item) => el('li', {}, heading(level, {}, item.title), item.label && el('p', {}, item.label), item.body)),
  );
}

/** Each section's content under its title, as the element draws it, in plain HTML; `level` is its items' heading level. */
const sectionBodies: Record<SectionKey, (data: Profile, level: number, strings: SectionStrings) => Child> = {
  summary: (data, level, strings) => [
    facts([
      [strings.kindLabel, data.kind],
      [strings.categoryLabel, data.category],
    ]),
    el('p', {}, data.description.text),
    data.description.truncated && el('p', {}, strings.truncated),
    heading(level, {}, strings.generalQA),
    el('p', {}, data.generalQA),
  ],
  'key-findings': (data, level) =>
    itemList(
      data.keyFindings.map((item) => ({ title: item.title, label: item.category, body: el('p', {}, item.text) })),
      level,
    ),
  'sub-groups': (data, level) =>
    itemList(
      data.subGroups.map((item) => ({ title: item.name, body: el('p', {}, item.description) })),
      level,
    ),
  divides: (data, level, strings) => [
    heading(level, {}, strings.segments),
    list(data.divides.segments.map((segment) => segment.name)),
    heading(level, {}, strings.axes),
    el(
      'dl',
      {},
      [data.divides.axes.x, data.divides.axes.y].map((axis) => [el('dt', {}, axis.label), el('dd', {}, axis.from, strings.to, axis.to)]),
    ),
    el('p', {}, strings.noPositions),
  ],
  greeting: (data, level, strings) => [
    el(
      'figure',
      {},
      el('figcaption', {}, heading(level, {}, strings.conversation)),
      list(
        data.greeting.conversation.map((line) => el('p', {}, el('strong', {}, strings.speakers[line.speaker] ?? line.speaker, ':'), ' ', line.text)),
        true,
      ),
    ),
    heading(level, {}, strings.culturalContext),
    el('p', {}, data.greeting.culturalContext),
  ],
  'inside-jokes': (data, level) => itemList(data.insideJokes.map(explainedItem), level),
  sayings: (data, level) => itemList(data.sayings.map(explainedItem), level),
  'unwritten-rules': (data, level) => itemList(data.unwrittenRules.map(explainedItem), level),
  'first-steps': (data, level, strings) => [
    el('p', {}, strings.timeToBasics(data.firstSteps.timeToBasics)),
    itemList(
      data.firstSteps.steps.map((step) => ({
        title: step.title,
        label: strings.step(step.number),
        body: [
          facts([
            [strings.durationLabel, step.duration],
            [strings.levelLabel, step.level],
          ]),
          el('p', {}, el('strong', {}, strings.summaryLabel), ' ', step.summary),
          el('p', {}, el('strong', {}, strings.detailsLabel), ' ', step.details),
        ],
      })),
      level,
      true,
    ),
  ],
  'welcoming-practices': (data, level) => itemList(data.welcomingPractices.map(explainedItem), level),
  'beginner-mistakes': (data, level) => itemList(data.beginnerMistakes.map(explainedItem), level),
  'regional-differences': (data, level) =>
    itemList(
      data.regionalDifferences.map((item) => ({ title: item.region, body: el('p', {}, item.text) })),
      level,
    ),
  misconceptions: (data, level, strings) =>
    itemList(
      data.misconceptions.map((item) => ({
        title: item.misconception,
        label: strings.misconception(item.number),
        body: el('p', {}, el('strong', {}, strings.reality), ' ', item.reality),
      })),
      level,
      true,
    ),
  clothing: (data, level) => itemList(data.clothing.map(explainedItem), level),
};

/** A section of the profile under a heading of `level`, or a line saying that the profile has none. */
export function sectionMarkup(key: SectionKey, level: number, strings: SectionStrings, profile: Profile, id?: string): Markup {
  const kind = sectionKinds[key];
  const title = kind.title(profile, strings);
  return el(
    'section',
    { id },
    heading(level, {}, title),
    kind.isEmpty(profile) ? el('p', {}, strings.notInProfile(title)) : sectionBodies[key](profile, level + 1, strings),
  );
}

/** The checked `heading-level`, worded as the sections word it: the persona, the glossary and the profile page check theirs so too. */
export const sectionLevel = (job: RenderJob, element: LocatedElement, fallback: number, strings: SectionStrings) =>
  headingLevel(job, element, fallback, (value) => strings.invalidHeadingLevel(value, fallback));

export const plainRenderer: ElementRenderer = (job, element) => {
  const strings = job.strings(element, 'section', sectionStrings);
  const level = sectionLevel(job, element, 2, strings);
  const value = attribute(element, 'section') ?? '';
  const key = findSection(value);
  if (key) return job.replace(element, sectionMarkup(key, level, strings, job.profile, ownAttributes(element).id));
  if (!value.trim()) {
    job.problem(element, strings.missingSection(Object.keys(sectionKinds)));
    return fallbackOrMessage(job, element, strings.missingSection(Object.keys(sectionKinds)));
  }
  const suggestion = suggestName(sectionChoices, value, choiceNames, (choice) => choice.id);
  job.problem(element, strings.unknownSection(value), suggestion);
  fallbackOrMessage(job, element, `${strings.unknownSection(value)} ${suggestion ? strings.didYouMean(suggestion) : strings.sectionList(Object.keys(sectionKinds))}`);
};
