// The esbuild plugin turns .json files into JS modules so tests can `import data from '….json'`.
// A `fetch()` that asks for JSON (as <mlops-profile src> does) must get the file as it is on disk.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

export function rawJsonMiddleware(rootDir = process.cwd()) {
  return async (ctx, next) => {
    if (!ctx.path.endsWith('.json')) return next();
    // One URL, two bodies: keep the browser's HTTP cache from handing one to the other.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Vary', 'Accept');
    if (!(ctx.get('accept') ?? '').includes('application/json')) return next();
    const file = resolve(rootDir, `.${decodeURIComponent(ctx.path)}`);
    if (!file.startsWith(rootDir + sep)) return next();
    try {
      ctx.body = await readFile(file, 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
  };
}
