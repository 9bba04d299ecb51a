/**
 * `<mlops-profile-page>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): its parts
 * are drawn by the plain renderers of the sections, charts, glossary, portraits and tool grid.
 */
import { comment, el, heading, type Child } from '../../render/html.js';
import { list, ownAttributes } from '../../render/plain-helpers.js';
import { renderStrings } from '../../render/render.strings.js';
import type { ElementRenderer } from '../../render/renderer.js';
import { demographicsMarkup } from '../demographics/demographics.plain.js';
import { glossaryMarkup } from '../glossary/glossary.plain.js';
import { glossaryStrings } from '../glossary/glossary.strings.js';
import { platformsMarkup } from '../platforms/platforms.plain.js';
import { personasMarkup } from '../persona/persona.plain.js';
import { personaStrings } from '../persona/persona.strings.js';
import { sectionKinds, type SectionKey } from '../sections/section-kinds.js';
import { sectionLevel, sectionMarkup } from '../sections/section.plain.js';
import { sectionStrings } from '../sections/section.strings.js';
import { toolGridMarkup } from '../tool-grid/tool-grid.plain.js';
import { profilePageStrings, provenanceSentences } from './profile-page.strings.js';

/** The whole profile in the order of <mlops-profile-page>, with its table of contents; no feedback form (no endpoint). */
export const plainRenderer: ElementRenderer = (job, element) => {
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
    titled(strings.statistics, [
      demographicsMarkup(job, element, undefined, subLevel),
      el('section', { id: job.claimId('platforms') }, platformsMarkup(job, element, subLevel, data)),
      sectionMarkup('divides', subLevel, sections, data, job.claimId('divides')),
    ])(id),
  );
  const glossaryWording = job.strings(element, 'glossary', glossaryStrings);
  add('terminology', glossaryWording.title, !data.terminology.length, (id) => glossaryMarkup(job, sectionLevelBelow, glossaryWording, data.terminology, id));
  (['greeting', 'inside-jokes', 'sayings', 'unwritten-rules'] as const).forEach(fromSection);
  const personaWording = job.strings(element, 'persona', personaStrings);
  add('portraits', personaWording.title, !data.personas.length, (id) => personasMarkup(sectionLevelBelow, personaWording, data.personas, id));
  add('technologies', strings.technologies, false, (id) => titled(strings.technologies, toolGridMarkup(job, element, subLevel, undefined, data))(id));
  (['first-steps', 'welcoming-practices', 'beginner-mistakes', 'regional-differences', 'misconceptions', 'clothing'] as const).forEach(fromSection);
  const provenance = provenanceSentences(data, strings);
  const about = [
    provenance !== '' && el('p', {}, provenance),
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
