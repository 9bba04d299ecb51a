/**
 * Case-insensitive lookup by any of an item's names, and "did you mean" suggestions for near misses.
 * Generic so that terms, tools and personas share one implementation.
 */

/** Folds case, surrounding space, inner runs of space and typographic dashes/quotes. */
export function normalizeKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Model Drift` → `model-drift`, so an id can be written as the name it stands for. */
export function slugify(value: string): string {
  return normalizeKey(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

// Lookups by normalised name and by slug, built once per list: a page with 1,000 terms looks up the
// same ten names over and over, and Unicode normalisation is not free.
const indexes = new WeakMap<readonly object[], { byName: Map<string, object>; bySlug: Map<string, object> }>();

function indexOf<T extends { id: string }>(items: readonly T[], namesOf: (item: T) => readonly string[]) {
  let index = indexes.get(items);
  if (!index) {
    index = { byName: new Map(), bySlug: new Map() };
    // The first item to claim a name keeps it, as a linear search would.
    for (const item of items) if (!index.byName.has(item.id)) index.byName.set(item.id, item);
    for (const item of items) {
      for (const name of namesOf(item)) {
        const key = normalizeKey(name);
        if (!index.byName.has(key)) index.byName.set(key, item);
      }
    }
    for (const item of items) {
      for (const name of [item.id, ...namesOf(item)]) {
        const key = slugify(name);
        if (key && !index.bySlug.has(key)) index.bySlug.set(key, item);
      }
    }
    indexes.set(items, index);
  }
  return index as { byName: Map<string, T>; bySlug: Map<string, T> };
}

/**
 * Finds the item whose id or any name equals `key`, ignoring case, spacing and slug punctuation.
 * `namesOf` must give the same names for the same list every time (the index is kept per list).
 */
export function findByName<T extends { id: string }>(items: readonly T[], key: string | null | undefined, namesOf: (item: T) => readonly string[]): T | undefined {
  if (typeof key !== 'string') return undefined;
  const wanted = normalizeKey(key);
  if (!wanted) return undefined;
  const index = indexOf(items, namesOf);
  return index.byName.get(wanted) ?? index.bySlug.get(slugify(key));
}

/**
 * The closest name to a key that matched nothing, if it is close enough to be a likely typo or
 * partial name (within a third of the key's length, at least 2 edits), otherwise undefined.
 */
export function suggestName<T extends { id: string }>(
  items: readonly T[],
  key: string | null | undefined,
  namesOf: (item: T) => readonly string[],
  displayName: (item: T) => string,
): string | undefined {
  if (typeof key !== 'string') return undefined;
  const wanted = normalizeKey(key).slice(0, 200);
  if (!wanted) return undefined;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: { item: T; distance: number } | undefined;
  for (const item of items) {
    for (const name of [item.id, ...namesOf(item)]) {
      const candidate = normalizeKey(name);
      const distance = candidate.includes(wanted) || wanted.includes(candidate) ? 1 : editDistance(wanted, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { item, distance };
    }
  }
  return best && displayName(best.item);
}
