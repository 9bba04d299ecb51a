/** What <mlops-feedback>'s `scale` and numeric attributes may be, and their defaults. */
import type { FeedbackScale } from './delivery.js';

/** Defaults of the numeric attributes, also used when an attribute is not a positive number. */
export const DEFAULTS = { maxlength: 500, timeout: 8000, retryBaseDelay: 2000, maxAttempts: 10, minDwell: 3000 };

/** The numeric attributes, by property name. */
export type NumericSetting = keyof typeof DEFAULTS;

/** The values `scale` takes; anything else falls back to the first. */
export const SCALES: readonly FeedbackScale[] = ['5', 'thumbs'];

/** A positive whole number from an attribute, or undefined when it is not one. */
export function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 1 && value < Infinity ? Math.floor(value) : undefined;
}
