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

/**
 * Storage blocked, as a browser with storage disabled does: the `localStorage` getter throws, and so
 * do the Storage methods (WebKit's JIT may keep serving a getter it cached earlier in a long file).
 * Returns the function that restores it.
 */
export function blockLocalStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const methods = (['getItem', 'setItem', 'removeItem'] as const).map((name) => [name, Storage.prototype[name]] as const);
  const denied = () => {
    throw new DOMException('Storage is disabled', 'SecurityError');
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: denied });
  for (const [name] of methods) Storage.prototype[name] = denied;
  return () => {
    for (const [name, method] of methods) (Storage.prototype as Record<string, unknown>)[name] = method;
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}
