/**
 * `<mlops-persona>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): one portrait as
 * an `<article>`, or without `name` all of them in a section. The profile page draws its portraits with it too.
 */
import { findByName, suggestName } from '../../data/lookup.js';
import type { Persona } from '../../data/types.js';
import { el, heading, type Markup } from '../../render/html.js';
import { attribute } from '../../render/parse.js';
import { facts, fallbackOrMessage, list, ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer } from '../../render/renderer.js';
import { sectionLevel } from '../sections/section.plain.js';
import { sectionStrings } from '../sections/section.strings.js';
import { personaStrings } from './persona.strings.js';

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

export function personasMarkup(level: number, strings: typeof personaStrings, personas: readonly Persona[], id?: string): Markup {
  return el(
    'section',
    { id },
    heading(level, {}, strings.title),
    personas.length ? list(personas.map((persona) => personaArticle(persona, level + 1, strings))) : el('p', {}, strings.none),
  );
}

export const plainRenderer: ElementRenderer = (job, element) => {
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
