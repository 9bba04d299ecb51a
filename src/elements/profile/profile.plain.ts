/**
 * `<mlops-profile>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): its content,
 * expanded with the renderer's dataset; a `src` it cannot load is a problem unless a dataset was given.
 */
import { fragment } from '../../render/html.js';
import { attribute } from '../../render/parse.js';
import { renderStrings } from '../../render/render.strings.js';
import type { ElementRenderer } from '../../render/renderer.js';

export const plainRenderer: ElementRenderer = (job, element) => {
  const src = attribute(element, 'src');
  if (src && !job.options.profileGiven) job.problem(element, renderStrings.profileNotLoaded(src));
  job.unwrap(element, fragment(), fragment());
};
