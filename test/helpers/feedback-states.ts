/** A feedback prompt put in its main states inside a wrapper, for the sweeps over every element (accessibility, reflow). */
import { element as make, shadow } from './dom.js';
import { endpointFor, newBucket, planServer } from './feedback.js';
import { settle, until } from './wait.js';

/** Rated 2 of 5: its reasons and comment box are showing. */
export async function feedbackRated(wrapper: HTMLElement, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const el = make('mlops-feedback', attributes);
  wrapper.append(el);
  await settle(el);
  shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="2"]')!.click();
  await settle(el);
  return el;
}

/** Rated, sent, and thanked (no endpoint: the vote stays on the page). */
export async function feedbackThanked(wrapper: HTMLElement): Promise<void> {
  const el = await feedbackRated(wrapper);
  shadow(el).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await until(() => !!shadow(el).querySelector('[part~="change"]'), 'no thank-you');
}

/** Rated and sent to an endpoint that refused the vote (HTTP 400): its error shows. */
export async function feedbackRefused(wrapper: HTMLElement, bucketPrefix: string): Promise<void> {
  const bucket = newBucket(bucketPrefix);
  await planServer(bucket, ['400']);
  const el = await feedbackRated(wrapper, { endpoint: endpointFor(bucket) });
  shadow(el).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await until(() => (el as HTMLElement & { deliveryState: string }).deliveryState === 'rejected', 'not rejected');
  await settle(el);
}
