/**
 * The element contract, written once for both bases (Lit's in base.ts, the renderer-free one in
 * plain-element.ts; see ARCHITECTURE.md): a guarded `define()`, the dataset of the nearest
 * `<mlops-profile>`, wording that follows `lang`, and problems reported once the render shows them.
 * No Lit renderer here: the plain elements must not download one.
 */
import { ContextEvent as ContextRequestEvent } from '@lit/context';
import { profileContext, type ProvidedProfile } from '../data/context.js';
import { reportError, type MlopsErrorDetail } from './events.js';
import { followLanguage, type Localized } from './i18n.js';

export { defineOnce } from './define.js';

/**
 * Links a connected element to the page: the nearest `<mlops-profile>` hands `profileChanged` its
 * dataset now and whenever it changes; without one, `profileChanged(undefined)`: the bundled dataset.
 * With `followsLanguage`, its wording follows `lang` and registered translations (`element.requestUpdate()`)
 * from now on; an element that shows wording only at times (a term's open bubble) calls
 * i18n.ts's `followLanguage()` itself while it does, so that the others cost the language registry nothing.
 * Returns what ends the subscription, for `disconnectElement`; none when no provider answered.
 */
export function connectElement(element: Localized, profileChanged: (profile: ProvidedProfile) => void, followsLanguage = false): (() => void) | undefined {
  followLanguage(element, followsLanguage);
  let unsubscribe: (() => void) | undefined;
  let answered = false;
  // Built first: the manifest analyzer would list a `dispatchEvent(new …)` as an event of ours.
  const request = new ContextRequestEvent(
    profileContext,
    element,
    (profile, providerUnsubscribe) => {
      answered = true;
      // A new provider (one inserted between us and the old one) answers with a new unsubscribe.
      if (providerUnsubscribe !== unsubscribe) {
        unsubscribe?.();
        unsubscribe = providerUnsubscribe;
      }
      profileChanged(profile);
    },
    true,
  );
  element.dispatchEvent(request);
  if (answered) return () => unsubscribe?.();
  // Moved out of a provider's reach: back to the bundled dataset.
  profileChanged(undefined);
  return undefined;
}

/** Call on disconnect with what `connectElement` returned: a removed element must not be kept alive or kept informed. */
export function disconnectElement(element: Localized, endSubscription: (() => void) | undefined): void {
  endSubscription?.();
  followLanguage(element, false);
}

/**
 * Reports the problems a render found (`mlops-error` and one console line each), once the element
 * shows the state that explains them. Each base queues them while preparing the render and hands
 * them over here after it, taking the queue first: a listener may cause the next render.
 */
export function reportProblems(element: Element, problems: readonly MlopsErrorDetail[] | undefined): void {
  if (problems) for (const problem of problems) reportError(element, problem);
}
