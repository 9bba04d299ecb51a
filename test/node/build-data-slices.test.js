// The `?slice=` data plugin (build/data-slices.ts): one top-level key of a JSON file as a module.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dataSlices } from '../../build/data-slices.ts';

const folder = mkdtempSync(join(tmpdir(), 'mlops-slices-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, 'data.json');
writeFileSync(file, JSON.stringify({ tools: [{ id: 'a', description: 'long', tags: [{ id: 't', description: 'also long' }] }], name: 'X' }));

/** A plugin context that resolves every specifier to the file above and throws on `error`, as Rolldown's does. */
const context = {
  watched: [],
  resolve: async () => ({ id: file }),
  addWatchFile(path) {
    this.watched.push(path);
  },
  error(message) {
    throw new Error(message);
  },
};

const sliceModule = async (source) => {
  const plugin = dataSlices();
  const id = await plugin.resolveId.call(context, source, '/repo/src/a.ts');
  return id && plugin.load.call(context, id);
};

test('a slice is a module that exports that key alone', async () => {
  assert.equal(await sliceModule('./data.json?slice=name'), 'export const name = "X";');
  assert.ok(context.watched.includes(file));
});

test('`&omit=` leaves those fields out at any depth', async () => {
  assert.equal(await sliceModule('./data.json?slice=tools&omit=description'), 'export const tools = [{"id":"a","tags":[{"id":"t"}]}];');
});

test('a key the file lacks stops the build, naming the file and the key', async () => {
  await assert.rejects(sliceModule('./data.json?slice=personas'), new RegExp(`data\\.json has no top-level "personas"`));
});

test('other imports, and ids that are not slices, are left to the other plugins', async () => {
  const plugin = dataSlices();
  assert.equal(await plugin.resolveId.call(context, './data.json', '/repo/src/a.ts'), null);
  assert.equal(await plugin.resolveId.call(context, './data.json?slice=1bad', '/repo/src/a.ts'), null);
  assert.equal(plugin.load.call(context, '/repo/data.json'), null);
});
