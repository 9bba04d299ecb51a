/**
 * `<mlops-tool-grid>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): the count, and
 * the matching tools as a list of tool-card articles. The profile page draws its tool list with it too.
 */
import type { Profile } from '../../data/types.js';
import { el, fragment, type Markup } from '../../render/html.js';
import { attribute, type LocatedElement } from '../../render/parse.js';
import { ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { cardLevel, toolArticle } from '../tool-card/tool-card.plain.js';
import { toolCardStrings, toolGridStrings } from '../tool-card/tool-card.strings.js';
import { selectTools } from './tool-grid.js';

export function toolGridMarkup(job: RenderJob, element: LocatedElement, level: number, tagValue: string | undefined, profile: Profile): Markup {
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
          el(
            'ul',
            { 'aria-label': strings.listLabel(wanted) },
            matches.map((tool) => el('li', {}, toolArticle(job, tool, level, cardStrings))),
          ),
        ]
      : [
          el('p', {}, wanted.length ? strings.noMatch(wanted) : strings.noTools, suggestion ? ` ${cardStrings.didYouMean(suggestion)}` : ''),
          allTags.length > 0 && el('p', {}, strings.availableTags(allTags)),
        ],
    catalogue.pagesShown < catalogue.pagesTotal && el('p', {}, strings.partialCatalogue(catalogue.pagesShown, catalogue.pagesTotal)),
  );
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const level = cardLevel(job, element, job.strings(element, 'toolCard', toolCardStrings));
  job.replace(element, el('div', ownAttributes(element), toolGridMarkup(job, element, level, attribute(element, 'tag'), job.profile)));
};
