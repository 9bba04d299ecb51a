/**
 * `<mlops-platforms>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): the cards as
 * a list under the heading, each with its share, description, category and setting, and the sentence
 * on the share the source does not itemise. The profile page draws its platforms with it too.
 */
import type { Profile } from '../../data/types.js';
import { el, fragment, heading, type Markup } from '../../render/html.js';
import type { LocatedElement } from '../../render/parse.js';
import { facts, ownAttributes } from '../../render/plain-helpers.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { sectionLevel } from '../sections/section.plain.js';
import { sectionStrings } from '../sections/section.strings.js';
import { platformList } from './platforms.js';
import { platformsStrings } from './platforms.strings.js';

export function platformsMarkup(job: RenderJob, element: LocatedElement, level: number, data: Profile): Markup {
  const strings = job.strings(element, 'platforms', platformsStrings);
  const { items, rest } = platformList(data.platforms);
  const percent = (value: number) => strings.percent(String(Math.round(value * 100) / 100));
  if (!items.length) return fragment(heading(level, {}, strings.title), el('p', {}, strings.noData));
  return fragment(
    heading(level, {}, strings.title),
    el(
      'ul',
      {},
      items.map((platform) =>
        el(
          'li',
          {},
          heading(Math.min(level + 1, 6), {}, platform.name),
          el('p', {}, strings.shareLabel, ': ', percent(platform.percent)),
          el('p', {}, platform.description),
          facts([
            [strings.categoryLabel, platform.category],
            [strings.settingLabel, Object.hasOwn(strings.settings, platform.setting) ? strings.settings[platform.setting] : platform.setting],
          ]),
        ),
      ),
    ),
    rest > 0 && el('p', {}, strings.notItemised(percent(rest), data.platforms.pagesShown, data.platforms.pagesTotal)),
  );
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const level = sectionLevel(job, element, 3, job.strings(element, 'section', sectionStrings));
  job.replace(element, el('section', ownAttributes(element), platformsMarkup(job, element, level, job.profile)));
};
