/**
 * `<mlops-feedback-results>` in plain HTML (the static renderer's plain mode): the tally is live data
 * from the receiver, which a build cannot know, so only a comment says why nothing is there.
 */
import { comment } from '../../render/html.js';
import type { ElementRenderer } from '../../render/renderer.js';

export const plainRenderer: ElementRenderer = (job, element) =>
  job.replace(element, comment('<mlops-feedback-results> shows live results from the feedback receiver; plain HTML has no script to load them.'));
