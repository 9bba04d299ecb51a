import { html, nothing, type TemplateResult } from 'lit';
import type { ExplainedItem } from '../../data/types.js';
import type { SectionData } from '../../data/sections.js';
import type { SectionStrings } from './section.strings.js';
import { heading, itemList, tagList } from './templates.js';

/** How one section of the profile reads its data and draws it. */
interface SectionKind {
  title(data: SectionData, strings: SectionStrings): string;
  /** True when the dataset has nothing for this section (another profile may leave it empty). */
  isEmpty(data: SectionData): boolean;
  /** The content under the section's title; `level` is the level of the headings inside it. */
  render(data: SectionData, level: number, strings: SectionStrings): TemplateResult;
}

type ListKey = {
  [K in keyof SectionData]: SectionData[K] extends readonly unknown[] ? K : never;
}[keyof SectionData];

/** A section that is one list of the dataset, drawn as cards. */
function listKind<K extends ListKey>(
  title: TitleKey,
  key: K,
  view: (item: SectionData[K][number], strings: SectionStrings) => { title: string; label?: string; body: string | TemplateResult },
  ordered = false,
): SectionKind {
  return {
    title: (_, strings) => strings.titles[title],
    isEmpty: (data) => !data[key].length,
    render: (data, level, strings) =>
      itemList(
        (data[key] as ReadonlyArray<SectionData[K][number]>).map((item) => view(item, strings)),
        level,
        ordered,
      ),
  };
}

type TitleKey = keyof SectionStrings['titles'];

/** A section drawn by its own template. */
function customKind(title: TitleKey, isEmpty: SectionKind['isEmpty'], render: SectionKind['render']): SectionKind {
  return { title: (_, strings) => strings.titles[title], isEmpty, render };
}

/** Jokes, sayings, rules, practices, mistakes, styles: a statement and its explanation. */
const explained = (item: ExplainedItem) => ({ title: item.text, body: item.explanation });

function renderSummary(data: SectionData, level: number, strings: SectionStrings): TemplateResult {
  const { description } = data;
  return html`<dl part="facts" class="facts">
      <div><dt class="visually-hidden">${strings.kindLabel}</dt><dd part="tag" class="tag">${data.kind}</dd></div>
      <div><dt class="visually-hidden">${strings.categoryLabel}</dt><dd part="tag" class="tag">${data.category}</dd></div>
    </dl>
    <p part="description" class="lead">${description.text}</p>
    ${description.truncated ? html`<p part="note" class="note">${strings.truncated}</p>` : nothing}
    ${heading(level, 'item-title', strings.generalQA)}
    <p part="general-qa">${data.generalQA}</p>`;
}

function renderGreeting(data: SectionData, level: number, strings: SectionStrings): TemplateResult {
  const { conversation, culturalContext } = data.greeting;
  return html`<figure part="conversation" class="conversation">
      <figcaption>${heading(level, 'item-title', strings.conversation)}</figcaption>
      <ol class="lines" role="list">
        ${conversation.map(
          (line) => html`<li part="line ${line.speaker}" class="line ${line.speaker}">
            <p part="speaker" class="speaker">${strings.speakers[line.speaker] ?? line.speaker}<span class="visually-hidden">:</span></p>
            <p class="said">${line.text}</p>
          </li>`,
        )}
      </ol>
    </figure>
    ${heading(level, 'item-title', strings.culturalContext)}
    <p part="cultural-context">${culturalContext}</p>`;
}

function renderFirstSteps(data: SectionData, level: number, strings: SectionStrings): TemplateResult {
  const steps = data.firstSteps.steps.map((step) => ({
    title: step.title,
    label: strings.step(step.number),
    body: html`<dl part="meta" class="facts">
        <div><dt class="visually-hidden">${strings.durationLabel}</dt><dd part="tag" class="tag">${step.duration}</dd></div>
        <div><dt class="visually-hidden">${strings.levelLabel}</dt><dd part="tag" class="tag">${step.level}</dd></div>
      </dl>
      <p><strong>${strings.summaryLabel}</strong> ${step.summary}</p>
      <p><strong>${strings.detailsLabel}</strong> ${step.details}</p>`,
  }));
  return html`<p part="lead" class="lead">${strings.timeToBasics(data.firstSteps.timeToBasics)}</p>${itemList(steps, level, true)}`;
}

function renderDivides(data: SectionData, level: number, strings: SectionStrings): TemplateResult {
  const { segments, axes } = data.divides;
  return html`${heading(level, 'item-title', strings.segments)}${tagList(
    strings.segments,
    segments.map((segment) => segment.name),
  )}
    ${heading(level, 'item-title', strings.axes)}
    <dl part="axes" class="axes">
      ${[axes.x, axes.y].map(
        (axis) => html`<div>
          <dt>${axis.label}</dt>
          <dd><span class="end">${axis.from}</span><span aria-hidden="true"> → </span><span class="visually-hidden">${strings.to}</span><span class="end">${axis.to}</span></dd>
        </div>`,
      )}
    </dl>
    <p part="note" class="note">${strings.noPositions}</p>`;
}

/** Every section <mlops-section> can show, in the order of the source profile. */
export const sectionKinds = {
  summary: { title: (data) => data.name, isEmpty: () => false, render: renderSummary },
  'key-findings': listKind('key-findings', 'keyFindings', (finding) => ({
    title: finding.title,
    label: finding.category,
    body: finding.text,
  })),
  'sub-groups': listKind('sub-groups', 'subGroups', (group) => ({ title: group.name, body: group.description })),
  divides: customKind('divides', (data) => !data.divides.segments.length, renderDivides),
  greeting: customKind('greeting', (data) => !data.greeting.conversation.length, renderGreeting),
  'inside-jokes': listKind('inside-jokes', 'insideJokes', explained),
  sayings: listKind('sayings', 'sayings', explained),
  'unwritten-rules': listKind('unwritten-rules', 'unwrittenRules', explained),
  'first-steps': customKind('first-steps', (data) => !data.firstSteps.steps.length, renderFirstSteps),
  'welcoming-practices': listKind('welcoming-practices', 'welcomingPractices', explained),
  'beginner-mistakes': listKind('beginner-mistakes', 'beginnerMistakes', explained),
  'regional-differences': listKind('regional-differences', 'regionalDifferences', (difference) => ({
    title: difference.region,
    body: difference.text,
  })),
  misconceptions: listKind(
    'misconceptions',
    'misconceptions',
    (item, strings) => ({
      title: item.misconception,
      label: strings.misconception(item.number),
      body: html`<p part="reality" class="reality"><strong>${strings.reality}</strong> ${item.reality}</p>`,
    }),
    true,
  ),
  clothing: listKind('clothing', 'clothing', explained),
} satisfies Record<string, SectionKind>;

/** A value of `<mlops-section section>`. */
export type SectionKey = keyof typeof sectionKinds;

export const sectionKeys = Object.keys(sectionKinds) as SectionKey[];
