/** Details of the `mlops-error` event every element fires instead of throwing into the page. */
export interface MlopsErrorDetail {
  /** Machine-readable reason, e.g. `unknown-term`, `unknown-tool`, `invalid-attribute`, `send-failed`. */
  code: string;
  /** What went wrong, in a sentence a page author can act on. */
  message: string;
  /** A likely intended value, when there is one ("MLflow"). */
  suggestion?: string;
}

/** Dispatches a bubbling, composed `mlops-…` event; returns false when a listener cancelled it. */
export function emit<T>(target: EventTarget, type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

const warned = new Set<string>();

/**
 * Reports a problem the page author should fix: one console warning per distinct message (a page
 * with 200 copies of the same typo gets one line) and an `mlops-error` event from the element.
 */
export function reportError(target: EventTarget, detail: MlopsErrorDetail): void {
  const text = detail.suggestion ? `${detail.message} Did you mean “${detail.suggestion}”?` : detail.message;
  if (!warned.has(text)) {
    warned.add(text);
    console.warn(`mlops-elements: ${text}`);
  }
  emit(target, 'mlops-error', detail);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-error': CustomEvent<MlopsErrorDetail>;
  }
}
