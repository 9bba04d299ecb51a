/** The elements warn on the console by design when a page gives them bad input: tests that do so record the warnings instead. */

export interface CapturedWarnings {
  /** One line per console.warn call: its arguments joined by spaces. */
  messages: string[];
  restore(): void;
}

/** Replaces console.warn until `restore()`; for a whole describe block, call it in beforeEach and restore in afterEach. */
export function captureWarnings(): CapturedWarnings {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}

/** Records console.warn calls while `body` runs, without printing them. */
export async function withWarnings<T>(body: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings = captureWarnings();
  try {
    return await body(warnings.messages);
  } finally {
    warnings.restore();
  }
}
