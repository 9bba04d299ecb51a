/** Small helpers several test files share. */

/** A dark page: `color-scheme: dark` switches the light-dark() tokens, the background matches. */
export function darkPage(): HTMLDivElement {
  const page = document.createElement('div');
  page.style.colorScheme = 'dark';
  page.style.background = '#0d1117';
  page.style.color = '#e6edf3';
  page.style.padding = '16px';
  return page;
}

/** Records console.warn calls (their arguments) while `body` runs, without printing them. */
export async function withWarnings<T>(body: (warnings: unknown[][]) => Promise<T>): Promise<T> {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return await body(warnings);
  } finally {
    console.warn = original;
  }
}
