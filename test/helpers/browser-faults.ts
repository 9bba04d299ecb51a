/** What a browser can refuse a page: storage and the network. Each stub returns the function that undoes it. */

/**
 * Storage blocked, as a browser with storage disabled does: the `localStorage` getter throws, and so
 * do the Storage methods (WebKit's JIT may keep serving a getter it cached earlier in a long file).
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

/** Storage full: reads work, every write throws QuotaExceededError. */
export function fillLocalStorage(): () => void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  return () => void (Storage.prototype.setItem = setItem);
}

/** Makes `navigator.onLine` report `online`, without the events a real change fires. */
export function stubOnline(online: boolean): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  return () => void delete (navigator as { onLine?: boolean }).onLine;
}

/** Offline as the browser goes there: navigator.onLine false and the `offline` event; the undo comes back with `online`. */
export function goOffline(): () => void {
  const restore = stubOnline(false);
  window.dispatchEvent(new Event('offline'));
  return () => {
    restore();
    window.dispatchEvent(new Event('online'));
  };
}
