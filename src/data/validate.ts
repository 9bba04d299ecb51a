/**
 * Validation of a whole dataset against the zod schema, with errors that name the bad field's
 * path (`terminology[3].insider: expected string, received number`). Used by the build, the tests
 * and, loaded lazily, by `<mlops-profile src>`; never by the base bundle.
 */
import { ProfileSchema, type Profile } from './schema.js';

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** `['terminology', 3, 'insider']` → `terminology[3].insider`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function validateProfile(data: unknown): ValidationResult {
  const result = ProfileSchema.safeParse(data);
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`),
  };
}
