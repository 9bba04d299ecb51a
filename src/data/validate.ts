/**
 * Validation of a whole dataset against the zod schema, with errors that name the bad field's
 * path (`terminology[3].insider: expected string, received number`). Used by the build, the tests
 * and, loaded lazily, by `<mlops-profile src>`; never by the base bundles.
 */
import { ProfileSchema, type Profile } from './schema.js';

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** At most this many problems are listed by default: a wrong file can have thousands. */
const MAX_ERRORS = 20;

/** `['terminology', 3, 'insider']` → `terminology[3].insider`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** The JSON type of a value, as a person would name it. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** zod/mini carries no message locale, so the sentences are made here from the issue's facts. */
function describe(issue: Issue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(data, issue.path);
      return actual === undefined ? `expected ${issue.expected}, but it is missing` : `expected ${issue.expected}, received ${typeName(actual)}`;
    }
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(' | ')}`;
    case 'unrecognized_keys':
      return `unexpected field(s) ${(issue.keys ?? []).join(', ')}`;
    default:
      // Checks carry their own sentence ("expected a non-empty string"); zod's default is a code.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code.replace(/_/g, ' ');
  }
}

/** Checks a dataset; lists at most `maxErrors` problems (`Infinity`: every one, as `mlops-elements validate` does). */
export function validateProfile(data: unknown, maxErrors = MAX_ERRORS): ValidationResult {
  const result = ProfileSchema.safeParse(data);
  if (result.success) return { ok: true, profile: result.data };
  const issues = result.error.issues as unknown as Issue[];
  const errors = issues.slice(0, maxErrors).map((issue) => `${formatPath(issue.path)}: ${describe(issue, data)}`);
  if (issues.length > maxErrors) errors.push(`… and ${issues.length - maxErrors} more problems`);
  return { ok: false, errors };
}
