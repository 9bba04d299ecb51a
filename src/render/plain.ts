/**
 * Plain mode: each element as semantic HTML with no custom element, shadow root, script or style
 * sheet, made from the same dataset and lookups the elements use, in their own wording. In dsd mode
 * the same functions run without editing the page, for the problems and the JSON-LD.
 */
import { findByName, suggestName } from '../data/lookup.js';
import { findTerm, suggestTerm } from '../data/terms.js';
import { findTool, suggestTool } from '../data/tools.js';
import type { Persona, Profile, Term, Tool } from '../data/types.js';
import { SKIPPED } from '../elements/auto-terms/auto-terms.js';
import { findTermMatches } from '../elements/auto-terms/find-term-matches.js';
import { suggestChart } from '../elements/demographics/demographics.js';
import { demographicsStrings } from '../elements/demographics/demographics.strings.js';
import { feedbackStrings } from '../elements/feedback/feedback.strings.js';
import { glossaryStrings } from '../elements/glossary/glossary.strings.js';
import { personaStrings } from '../elements/persona/persona.strings.js';
import { profilePageStrings } from '../elements/profile-page/profile-page.strings.js';
import { choiceNames, findSection, sectionChoices } from '../elements/sections/section.js';
import { sectionKinds, type SectionKey } from '../elements/sections/section-kinds.js';
import { sectionStrings, type SectionStrings } from '../elements/sections/section.strings.js';
import { termStrings } from '../elements/term/term.strings.js';
import { toolCardStrings, toolGridStrings } from '../elements/tool-card/tool-card.strings.js';
import { selectTools } from '../elements/tool-grid/tool-grid.js';
import { comment, el, escapeText, fragment, heading, Markup, startTag, type Child } from './html.js';
import { attribute, isHtmlElement, textContent, type HtmlNode, type LocatedElement } from './parse.js';
import { renderStrings } from './render.strings.js';
import { isLibraryTag, type ElementRenderer, type RenderJob } from './renderer.js';

// ——— Shared helpers ———

/**
 * The checked `heading-level`: absent is `fallback`; anything but a whole number from 1 to 6 is
 * `fallback` and a problem worded as the element words it.
 */
function headingLevel(job: RenderJob, element: LocatedElement, fallback: number, invalid: (value: string) => string): number {
  const value = attribute(element, 'heading-level');
  if (value === undefined) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6 && value.trim() !== '') return level;
  job.problem(element, invalid(value), String(fallback));
  return fallback;
}

/** True when the author wrote fallback content inside the element (text a reader would see). */
function hasFallback(element: LocatedElement): boolean {
  return textContent(element).trim() !== '';
}

/**
 * What replaces an element that cannot show what it was asked for: the author's own fallback
 * content when there is some, else the element's message.
 */
function fallbackOrMessage(job: RenderJob, element: LocatedElement, message: string): void {
  if (hasFallback(element)) job.unwrap(element, fragment(), fragment());
  else job.replace(element, el('p', {}, message));
}

/** The author's `id`, `lang` and `dir` carried over to the element that replaces theirs. */
function ownAttributes(element: LocatedElement): Record<string, string | undefined> {
  return { id: attribute(element, 'id'), lang: attribute(element, 'lang'), dir: attribute(element, 'dir') };
}

const list = (items: readonly Child[], ordered = false) => el(ordered ? 'ol' : 'ul', {}, items.map((item) => el('li', {}, item)));

// ——— <mlops-term> and <mlops-auto-terms> ———

/** A known term around the author's text: `<dfn><abbr title>`, and with `footnotes` a numbered reference. */
function termMarkup(job: RenderJob, node: HtmlNode, term: Term): { before: Markup; after: Markup } {
  job.useTerm(term);
  const note = job.noteFor(node, term);
  return {
    before: fragment(startTag('dfn'), startTag('abbr', { title: renderStrings.termTitle(term.insider, term.explanation) })),
    after: fragment(new Markup('</abbr></dfn>'), note && el('sup', {}, el('a', { href: `#${note.id}`, 'aria-describedby': note.id }, note.number))),
  };
}

const term: ElementRenderer = (job, element) => {
  const terms = job.profile.terminology;
  const key = (attribute(element, 'term') || textContent(element)).trim();
  const found = findTerm(key, terms);
  if (!found) {
    if (key) job.problem(element, job.strings(element, 'term', termStrings).unknownTerm(element.tagName, key.slice(0, 80)), suggestTerm(key, terms));
    // The author's text stays, as the element leaves it.
    return job.unwrap(element, fragment(), fragment());
  }
  const { before, after } = termMarkup(job, element, found);
  job.unwrap(element, before, after);
};

/** One compound selector of the simple kinds: a tag, `.class`, `#id`, `[attribute]`, `[attribute=value]`. */
type SimpleSelector = (node: HtmlNode) => boolean;

function compileSelector(selector: string): SimpleSelector | undefined {
  const match = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|#[\w-]+|\[[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\]'"]*))?\])*)$/i.exec(selector.trim());
  if (!match || !selector.trim()) return undefined;
  const tag = match[1]?.toLowerCase();
  const tests: SimpleSelector[] = [];
  for (const [part] of match[2].matchAll(/\.[\w-]+|#[\w-]+|\[[^\]]+\]/g)) {
    if (part[0] === '.') tests.push((node) => (attribute(node, 'class') ?? '').split(/\s+/).includes(part.slice(1)));
    else if (part[0] === '#') tests.push((node) => attribute(node, 'id') === part.slice(1));
    else {
      const [name, raw] = part.slice(1, -1).split('=');
      const value = raw?.replace(/^["']|["']$/g, '');
      tests.push((node) => (value === undefined ? attribute(node, name.toLowerCase()) !== undefined : attribute(node, name.toLowerCase()) === value));
    }
  }
  return (node) => (!tag || node.tagName === tag) && tests.every((test) => test(node));
}

/** The auto-terms skip list (the element's own) and the author's `exclude`, as far as it is simple selectors. */
function skipTest(job: RenderJob, element: LocatedElement): SimpleSelector {
  const tests = SKIPPED.split(',').map((selector) => compileSelector(selector)!);
  tests.push((node) => node.tagName === element.tagName);
  const exclude = attribute(element, 'exclude')?.trim();
  if (exclude) {
    const parts = exclude.split(',').map(compileSelector);
    if (parts.some((part) => !part)) job.problem(element, renderStrings.unsupportedExclude(exclude));
    tests.push(...parts.filter((part): part is SimpleSelector => !!part));
  }
  return (node) => tests.some((test) => test(node));
}

const autoTerms: ElementRenderer = (job, element) => {
  const terms = job.profile.terminology;
  const all = attribute(element, 'all') !== undefined;
  const skipped = skipTest(job, element);
  // A term wrapped by hand counts as explained: only the first of the others is wrapped (unless `all`).
  const explained = new Set<string>();
  const handWritten = (node: HtmlNode): void => {
    if (node.tagName === 'mlops-term') {
      const found = findTerm(attribute(node, 'term') || textContent(node), terms);
      if (found) explained.add(found.id);
    }
    node.childNodes?.forEach(handWritten);
  };
  if (!all) element.childNodes.forEach(handWritten);

  const scanText = (node: HtmlNode) => {
    const text = node.value ?? '';
    const location = node.sourceCodeLocation;
    const matches = findTermMatches(text, terms).filter((match) => all || (!explained.has(match.id) && !!explained.add(match.id)));
    if (!matches.length || !location) return;
    const pieces: Child[] = [];
    let from = 0;
    for (const match of matches) {
      const found = terms.find((candidate) => candidate.id === match.id)!;
      const { before, after } = termMarkup(job, node, found);
      pieces.push(text.slice(from, match.start), before, new Markup(escapeText(match.text)), after);
      from = match.end;
    }
    pieces.push(text.slice(from));
    job.replaceRange(location.startOffset, location.endOffset, fragment(...pieces));
  };
  const walk = (node: HtmlNode, inSkipped: boolean): void => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        if (!inSkipped) scanText(child);
      } else if (isHtmlElement(child) && isLibraryTag(child.tagName) && child.tagName !== 'mlops-profile') job.visit(child);
      else if (child.tagName !== 'template') walk(child, inSkipped || (child.tagName !== undefined && skipped(child)));
    }
  };
  job.unwrap(element, fragment(), fragment(), () => walk(element, false));
};

// ——— Tools ———

function toolArticle(job: RenderJob, tool: Tool, level: number, strings: typeof toolCardStrings, attributes: Record<string, string | undefined> = {}): Markup {
  job.showTool(tool);
  return el(
    'article',
    attributes,
    heading(level, {}, tool.name),
    el('p', {}, strings.categoryPrefix, tool.category),
    el('p', {}, tool.description),
    el('ul', { 'aria-label': strings.tagsLabel }, tool.tags.map((tag) => el('li', {}, tag))),
  );
}

/** The card's checked `heading-level` and `variant` (plain HTML shows the full card for either variant). */
function cardLevel(job: RenderJob, element: LocatedElement, strings: typeof toolCardStrings): number {
  const variant = attribute(element, 'variant');
  if (variant !== undefined && !['full', 'compact'].includes(variant.trim().toLowerCase())) {
    job.problem(element, strings.invalidVariant(variant), 'full');
  }
  return headingLevel(job, element, 3, strings.invalidHeadingLevel);
}

const toolCard: ElementRenderer = (job, element) => {
  const strings = job.strings(element, 'toolCard', toolCardStrings);
  const tools = job.profile.tools.items;
  const key = attribute(element, 'tool') ?? '';
  const level = cardLevel(job, element, strings);
  const tool = findTool(key, tools);
  if (tool) return job.replace(element, toolArticle(job, tool, level, strings, ownAttributes(element)));
  if (!key.trim()) {
    job.problem(element, strings.missingTool);
    return fallbackOrMessage(job, element, strings.missingTool);
  }
  const suggestion = suggestTool(key, tools);
  job.problem(element, strings.unknownTool(key), suggestion);
  const hint = suggestion ? strings.didYouMean(suggestion) : strings.availableTools(tools.map((item) => item.name));
  fallbackOrMessage(job, element, `${strings.unknownTool(key)} ${hint}`);
};

function toolGridMarkup(job: RenderJob, element: LocatedElement, level: number, tagValue: string | undefined, profile: Profile): Markup {
  const strings = job.strings(element, 'toolGrid', toolGridStrings);
  const cardStrings = job.strings(element, 'toolCard', toolCardStrings);
  const { wanted, matches, unknown, suggestion, allTags } = selectTools(profile.tools.items, tagValue);
  if (!matches.length && wanted.length) job.problem(element, strings.noMatch(wanted), suggestion);
  else if (unknown.length) job.problem(element, strings.unknownTags(unknown), suggestion);
  const catalogue = profile.tools;
  return fragment(
    matches.length
      ? [
          el('p', {}, strings.count(matches.length)),
          el('ul', { 'aria-label': strings.listLabel(wanted) }, matches.map((tool) => el('li', {}, toolArticle(job, tool, level, cardStrings)))),
        ]
      : [
          el('p', {}, wanted.length ? strings.noMatch(wanted) : strings.noTools, suggestion ? ` ${cardStrings.didYouMean(suggestion)}` : ''),
          allTags.length > 0 && el('p', {}, strings.availableTags(allTags)),
        ],
    catalogue.pagesShown < catalogue.pagesTotal && el('p', {}, strings.partialCatalogue(catalogue.pagesShown, catalogue.pagesTotal)),
  );
}

const toolGrid: ElementRenderer = (job, element) => {
  const level = cardLevel(job, element, job.strings(element, 'toolCard', toolCardStrings));
  job.replace(element, el('div', ownAttributes(element), toolGridMarkup(job, element, level, attribute(element, 'tag'), job.profile)));
};

// ——— <mlops-demographics> ———

const CHARTS = ['platforms', 'gender', 'age'] as const;
type Chart = (typeof CHARTS)[number];

/** Shares in the digits of `lang`: plain English digits without Intl, as the chart writes them. */
function percentFormat(lang: string): (value: number) => string {
  if (!lang || /^en(-|$)/i.test(lang)) return (value) => String(Math.round(value * 100) / 100);
  try {
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return (value) => format.format(value);
  } catch {
    return (value) => String(Math.round(value * 100) / 100);
  }
}

function chartFigure(job: RenderJob, element: LocatedElement, chart: Chart, level: number, profile: Profile): Markup {
  const strings = job.strings(element, 'demographics', demographicsStrings);
  const format = percentFormat(job.langOf(element));
  const entry = ({ label, percent }: { label: string; percent: number }) => ({ label, percent, value: strings.percent(format(percent)) });
  let rows = (chart === 'gender' ? profile.gender : chart === 'age' ? profile.age : profile.platforms.items.map((item) => ({ label: item.name, percent: item.percent }))).map(entry);
  let caption = '';
  if (chart === 'platforms') {
    const { pagesShown, pagesTotal } = profile.platforms;
    const rest = Math.round((100 - rows.reduce((sum, row) => sum + row.percent, 0)) * 100) / 100;
    const restRow = rest > 0 ? entry({ label: strings.notItemised, percent: rest }) : undefined;
    caption = strings.captions.platforms(rows, restRow?.value, pagesShown, pagesTotal);
    if (restRow) rows = [...rows, restRow];
  } else if (rows.length) caption = strings.captions[chart](rows);
  const title = strings.titles[chart];
  if (!rows.length) return el('figure', {}, el('figcaption', {}, heading(level, {}, title), el('p', {}, strings.noData(title))));
  return el(
    'figure',
    {},
    el('figcaption', {}, heading(level, {}, title), el('p', {}, caption)),
    el(
      'table',
      {},
      el('caption', {}, strings.tableCaption(title, profile.name)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, strings.categoryHeaders[chart]), el('th', { scope: 'col' }, strings.shareHeader))),
      el('tbody', {}, rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.label), el('td', {}, row.value)))),
    ),
  );
}

function demographicsMarkup(job: RenderJob, element: LocatedElement, chartValue: string | undefined, level: number): Markup {
  const strings = job.strings(element, 'demographics', demographicsStrings);
  const names = (chartValue ?? '').split(/[\s,]+/).filter(Boolean);
  const isChart = (name: string): name is Chart => (CHARTS as readonly string[]).includes(name);
  const invalid = names.filter((name) => !isChart(name.toLowerCase()));
  const charts = names.length ? [...new Set(names.map((name) => name.toLowerCase()).filter(isChart))] : CHARTS;
  const suggestion = invalid.map(suggestChart).find(Boolean);
  if (invalid.length) job.problem(element, strings.invalidChart(invalid), suggestion);
  return fragment(
    invalid.length > 0 && el('p', {}, strings.invalidChart(invalid), suggestion ? strings.didYouMean(suggestion) : ''),
    charts.map((chart) => chartFigure(job, element, chart, level, job.profile)),
  );
}

const demographics: ElementRenderer = (job, element) => {
  const level = headingLevel(job, element, 3, job.strings(element, 'demographics', demographicsStrings).invalidHeadingLevel);
  job.replace(element, el('div', ownAttributes(element), demographicsMarkup(job, element, attribute(element, 'chart'), level)));
};

// ——— <mlops-feedback> ———

/** The endpoint if it is an http(s) URL (absolute, or relative to the page), as the element requires. */
function httpEndpoint(endpoint: string): boolean {
  try {
    return /^https?:$/.test(new URL(endpoint, 'https://page.invalid/').protocol);
  } catch {
    return false;
  }
}

const feedback: ElementRenderer = (job, element) => {
  const endpoint = attribute(element, 'endpoint')?.trim();
  if (!endpoint) return job.replace(element, comment(renderStrings.noEndpoint));
  if (!httpEndpoint(endpoint)) {
    job.problem(element, renderStrings.badEndpoint(endpoint));
    return job.replace(element, comment(renderStrings.badEndpoint(endpoint)));
  }
  const strings = job.strings(element, 'feedback', feedbackStrings);
  const scale = attribute(element, 'scale') ?? '5';
  const thumbs = scale === 'thumbs';
  if (scale !== '5' && !thumbs) job.problem(element, `<mlops-feedback> scale="${scale}" is not "5" or "thumbs"; using 5.`, /th|mb/i.test(scale) ? 'thumbs' : '5');
  const maxlength = Number(attribute(element, 'maxlength') ?? 500);
  const slotted = element.childNodes.find((child) => attribute(child, 'slot') === 'question');
  const question = (slotted && textContent(slotted).trim()) || attribute(element, 'question') || job.profile.feedback.question;
  const option = (value: number, label: string) => el('label', {}, el('input', { type: 'radio', name: 'rating', value, required: true }), ' ', label);
  const options = thumbs
    ? [option(5, strings.thumbsUp), option(1, strings.thumbsDown)]
    : [1, 2, 3, 4, 5].map((value) => option(value, renderStrings.ratingPoint(value, value === 1 ? strings.notHelpful : value === 5 ? strings.veryHelpful : undefined)));
  const reasons = (legend: string, offered: typeof strings.positiveReasons) =>
    el(
      'fieldset',
      {},
      el('legend', {}, legend),
      offered.map((reason) => el('label', {}, el('input', { type: 'checkbox', name: 'reasons', value: reason.id }), ' ', reason.label)),
    );
  const form = el(
    'form',
    { method: 'post', action: endpoint, ...ownAttributes(element) },
    // The payload's fields the reader does not choose; `id`, `page` and `submittedAt` are the receiver's to set.
    el('input', { type: 'hidden', name: 'profile', value: job.profile.id }),
    el('input', { type: 'hidden', name: 'scale', value: thumbs ? 'thumbs' : '5' }),
    el('fieldset', {}, el('legend', {}, question), options),
    reasons(strings.reasonsPositive, strings.positiveReasons),
    reasons(strings.reasonsNegative, strings.negativeReasons),
    el('p', {}, el('label', {}, strings.commentLabel, el('br'), el('textarea', { name: 'comment', rows: 3, maxlength: Number.isInteger(maxlength) && maxlength > 0 ? maxlength : 500 }))),
    el('p', {}, strings.privacyHint),
    el('p', {}, el('button', { type: 'submit' }, strings.submit)),
  );
  job.replace(element, form);
};

// ——— Sections, portraits, glossary, profile page ———

interface ItemView {
  title: string;
  label?: string;
  body: Child;
}

const explainedItem = (item: { text: string; explanation: string }): ItemView => ({ title: item.text, body: el('p', {}, item.explanation) });
const facts = (pairs: ReadonlyArray<[string, string]>) => el('dl', {}, pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));

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
  'key-findings': (data, level) => itemList(data.keyFindings.map((item) => ({ title: item.title, label: item.category, body: el('p', {}, item.text) })), level),
  'sub-groups': (data, level) => itemList(data.subGroups.map((item) => ({ title: item.name, body: el('p', {}, item.description) })), level),
  divides: (data, level, strings) => [
    heading(level, {}, strings.segments),
    list(data.divides.segments.map((segment) => segment.name)),
    heading(level, {}, strings.axes),
    el('dl', {}, [data.divides.axes.x, data.divides.axes.y].map((axis) => [el('dt', {}, axis.label), el('dd', {}, axis.from, strings.to, axis.to)])),
    el('p', {}, strings.noPositions),
  ],
  greeting: (data, level, strings) => [
    el(
      'figure',
      {},
      el('figcaption', {}, heading(level, {}, strings.conversation)),
      list(data.greeting.conversation.map((line) => el('p', {}, el('strong', {}, strings.speakers[line.speaker] ?? line.speaker, ':'), ' ', line.text)), true),
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
  'regional-differences': (data, level) => itemList(data.regionalDifferences.map((item) => ({ title: item.region, body: el('p', {}, item.text) })), level),
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

function sectionMarkup(key: SectionKey, level: number, strings: SectionStrings, profile: Profile, id?: string): Markup {
  const kind = sectionKinds[key];
  const title = kind.title(profile, strings);
  return el(
    'section',
    { id },
    heading(level, {}, title),
    kind.isEmpty(profile) ? el('p', {}, strings.notInProfile(title)) : sectionBodies[key](profile, level + 1, strings),
  );
}

const sectionLevel = (job: RenderJob, element: LocatedElement, fallback: number, strings: SectionStrings) =>
  headingLevel(job, element, fallback, (value) => strings.invalidHeadingLevel(value, fallback));

const section: ElementRenderer = (job, element) => {
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

function personaArticle(persona: Persona, level: number, strings: typeof personaStrings): Markup {
  return el(
    'article',
    {},
    heading(level, {}, persona.name, ', ', persona.age),
    facts([
      [strings.role, persona.role],
      [strings.gender, persona.gender],
    ]),
    el('p', {}, persona.bio),
    el(
      'dl',
      {},
      (
        [
          [strings.values, persona.values],
          [strings.motivations, persona.motivations],
          [strings.challenges, persona.challenges],
          [strings.platforms, persona.platforms],
          [strings.keywords, persona.keywords],
        ] as const
      ).map(([label, values]) => [el('dt', {}, label), el('dd', {}, list(values))]),
    ),
  );
}

function personasMarkup(level: number, strings: typeof personaStrings, personas: readonly Persona[], id?: string): Markup {
  return el(
    'section',
    { id },
    heading(level, {}, strings.title),
    personas.length ? list(personas.map((persona) => personaArticle(persona, level + 1, strings))) : el('p', {}, strings.none),
  );
}

const persona: ElementRenderer = (job, element) => {
  const strings = job.strings(element, 'persona', personaStrings);
  const personas = job.profile.personas;
  const wanted = (attribute(element, 'name') ?? '').trim();
  const level = sectionLevel(job, element, wanted ? 3 : 2, job.strings(element, 'section', sectionStrings));
  if (!wanted) return job.replace(element, personasMarkup(level, strings, personas, ownAttributes(element).id));
  const names = (item: Persona) => [item.name];
  const found = findByName(personas, wanted, names);
  if (found) return job.replace(element, personaArticle(found, level, strings));
  const suggestion = suggestName(personas, wanted, names, (item) => item.name);
  job.problem(element, strings.unknownPersona(wanted), suggestion);
  const hint = suggestion ? job.strings(element, 'section', sectionStrings).didYouMean(suggestion) : strings.available(personas.map((item) => item.name));
  fallbackOrMessage(job, element, `${strings.unknownPersona(wanted)} ${hint}`);
};

function glossaryMarkup(job: RenderJob, level: number, strings: typeof glossaryStrings, terms: readonly Term[], id?: string): Markup {
  terms.forEach((item) => job.useTerm(item));
  return el(
    'section',
    { id },
    heading(level, {}, strings.title),
    terms.length
      ? el(
          'dl',
          {},
          terms.map((item) =>
            el('div', { id: job.claimId(item.id) }, el('dt', {}, item.insider), el('dd', {}, item.explanation), el('dd', {}, strings.outsidersSay, ' ', item.outsider)),
          ),
        )
      : el('p', {}, strings.none),
  );
}

const glossary: ElementRenderer = (job, element) => {
  const level = sectionLevel(job, element, 2, job.strings(element, 'section', sectionStrings));
  job.replace(element, glossaryMarkup(job, level, job.strings(element, 'glossary', glossaryStrings), job.profile.terminology, ownAttributes(element).id));
};

/** The whole profile in the order of <mlops-profile-page>, with its table of contents; no feedback form (no endpoint). */
const profilePage: ElementRenderer = (job, element) => {
  const data = job.profile;
  const strings = job.strings(element, 'profilePage', profilePageStrings);
  const sections = job.strings(element, 'section', sectionStrings);
  const level = sectionLevel(job, element, 1, sections);
  const sectionLevelBelow = Math.min(level + 1, 6);
  const subLevel = Math.min(sectionLevelBelow + 1, 6);
  const missing: string[] = [];
  const blocks: Array<{ id: string; label: string; content: (id?: string) => Child }> = [];
  const add = (id: string, label: string, empty: boolean, content: (id?: string) => Child) => (empty ? missing.push(label) : blocks.push({ id, label, content }));
  const titled = (title: string, content: Child) => (id?: string) => el('section', { id }, heading(sectionLevelBelow, {}, title), content);
  const fromSection = (key: SectionKey) =>
    add(key, sectionKinds[key].title(data, sections), sectionKinds[key].isEmpty(data), (id) => sectionMarkup(key, sectionLevelBelow, sections, data, id));

  fromSection('key-findings');
  fromSection('sub-groups');
  add('statistics', strings.statistics, false, (id) =>
    titled(strings.statistics, [demographicsMarkup(job, element, undefined, subLevel), sectionMarkup('divides', subLevel, sections, data, job.claimId('divides'))])(id),
  );
  const glossaryWording = job.strings(element, 'glossary', glossaryStrings);
  add('terminology', glossaryWording.title, !data.terminology.length, (id) => glossaryMarkup(job, sectionLevelBelow, glossaryWording, data.terminology, id));
  (['greeting', 'inside-jokes', 'sayings', 'unwritten-rules'] as const).forEach(fromSection);
  const personaWording = job.strings(element, 'persona', personaStrings);
  add('portraits', personaWording.title, !data.personas.length, (id) => personasMarkup(sectionLevelBelow, personaWording, data.personas, id));
  add('technologies', strings.technologies, false, (id) => titled(strings.technologies, toolGridMarkup(job, element, subLevel, undefined, data))(id));
  (['first-steps', 'welcoming-practices', 'beginner-mistakes', 'regional-differences', 'misconceptions', 'clothing'] as const).forEach(fromSection);
  const about = [
    data.seedGaps.length
      ? [el('p', {}, strings.gapsIntro), list(data.seedGaps.map((gap) => [el('strong', {}, gap.section, ':'), ' ', gap.note]))]
      : el('p', {}, strings.noGaps),
    missing.length > 0 && el('p', {}, strings.notInProfile(missing)),
  ];
  add('about-this-data', strings.about, false, (id) => titled(strings.about, about)(id));

  // Ids only where the page has none of the same: a link to #key-findings must land on one place.
  const placed = blocks.map((block) => ({ ...block, id: job.claimId(block.id) }));
  const summaryId = job.claimId('summary');
  const contentsId = job.claimId('contents');
  job.replace(
    element,
    el(
      'article',
      ownAttributes(element),
      sectionMarkup('summary', level, sections, data, summaryId),
      el(
        'nav',
        { 'aria-labelledby': contentsId },
        heading(sectionLevelBelow, { id: contentsId }, strings.contents),
        list(
          [{ id: summaryId, label: strings.summary }, ...placed].map((block) => (block.id ? el('a', { href: `#${block.id}` }, block.label) : block.label)),
          true,
        ),
      ),
      placed.map((block) => block.content(block.id)),
      comment(renderStrings.pageWithoutFeedback),
    ),
  );
};

// ——— <mlops-profile> ———

const profile: ElementRenderer = (job, element) => {
  const src = attribute(element, 'src');
  if (src && !job.options.profileGiven) job.problem(element, renderStrings.profileNotLoaded(src));
  job.unwrap(element, fragment(), fragment());
};

/** Every element's plain renderer, by tag (the registry's tags; a test checks that none is missing). */
export const plainRenderers: Record<string, ElementRenderer> = {
  'mlops-profile': profile,
  'mlops-term': term,
  'mlops-tool-card': toolCard,
  'mlops-tool-grid': toolGrid,
  'mlops-demographics': demographics,
  'mlops-feedback': feedback,
  'mlops-auto-terms': autoTerms,
  'mlops-section': section,
  'mlops-persona': persona,
  'mlops-glossary': glossary,
  'mlops-profile-page': profilePage,
};
