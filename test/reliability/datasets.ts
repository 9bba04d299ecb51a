/**
 * Datasets for `<mlops-profile>.setProfile()` built from the real one: every string field replaced
 * by hostile payloads in rotation, except where the schema needs a particular shape (ids are slugs,
 * `setting` and `speaker` are enums): those keep their real value, so the dataset stays valid and
 * the elements render every hostile string they show.
 */
import profileJson from '../../data/mlops.json';
import { formatPath } from '../../src/data/validate.js';
import { ProfileSchema } from '../../src/data/schema.js';
import type { Profile } from '../../src/data/types.js';

type Path = Array<string | number>;

/** The path of every string in `value`, in document order. */
function stringPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((item, index) => stringPaths(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stringPaths(item, [...path, key], out);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

export interface HostileDataset {
  data: Profile;
  /** `formatPath(path)` → index of the payload placed there (fields that had to stay real are absent). */
  placed: Map<string, number>;
}

/** The real dataset with payload `(i + offset) % n` in its i-th string field, kept valid. */
export function hostileDataset(values: readonly string[], offset: number): HostileDataset {
  const data = structuredClone(profileJson) as unknown as Profile;
  const paths = stringPaths(data);
  const placed = new Map<string, number>();
  paths.forEach((path, index) => {
    const payload = (index + offset) % values.length;
    setAt(data, path, values[payload]);
    placed.set(formatPath(path), payload);
  });
  // Put the real value back wherever the schema objects (slugs, enums, URLs, empty strings).
  for (let round = 0; round < 5; round++) {
    const result = ProfileSchema.safeParse(data);
    if (result.success) return { data, placed };
    for (const issue of result.error.issues) {
      const path = issue.path as Path;
      const original = getAt(profileJson, path);
      if (typeof original !== 'string') throw new Error(`cannot repair ${formatPath(path)}: ${issue.message}`);
      setAt(data, path, original);
      placed.delete(formatPath(path));
    }
  }
  throw new Error('the hostile dataset did not become valid');
}
