/**
 * `<mlops-glossary>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): every term in a
 * description list under the glossary's heading. The profile page draws its glossary with it too.
 */
import type { Term } from '../../data/types.js';
import { el, heading, type Markup } from '../../render/html.js';
import { ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { sectionLevel } from '../sections/section.plain.js';
import { sectionStrings } from '../sections/section.strings.js';
import { indexGroups } from './glossary-index.js';
import { glossaryStrings } from './glossary.strings.js';

/** The glossary: its A–Z index (links to the entries that have their ids), then the entries, whose ids links land on (`#model-drift`). */
export function glossaryMarkup(job: RenderJob, level: number, strings: typeof glossaryStrings, terms: readonly Term[], id?: string): Markup {
  terms.forEach((item) => job.useTerm(item));
  const ids = new Map(terms.map((item) => [item, job.claimId(item.id)]));
  const link = (item: Term) => {
    const target = ids.get(item);
    return [target ? el('a', { href: `#${target}` }, item.insider) : item.insider, ' '];
  };
  return el(
    'section',
    { id },
    heading(level, {}, strings.title),
    terms.length
      ? [
          el(
            'nav',
            { 'aria-label': strings.index },
            el(
              'ul',
              {},
              indexGroups(terms).map(([letter, group]) => el('li', {}, el('b', {}, letter), ' ', group.map(link))),
            ),
          ),
          el(
            'dl',
            {},
            terms.map((item) =>
              el('div', { id: ids.get(item) }, el('dt', {}, item.insider), el('dd', {}, item.explanation), el('dd', {}, strings.outsidersSay, ' ', item.outsider)),
            ),
          ),
        ]
      : el('p', {}, strings.none),
  );
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const level = sectionLevel(job, element, 2, job.strings(element, 'section', sectionStrings));
  job.replace(element, glossaryMarkup(job, level, job.strings(element, 'glossary', glossaryStrings), job.profile.terminology, ownAttributes(element).id));
};
