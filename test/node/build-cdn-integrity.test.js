// build/cdn-integrity.ts: integrity.json lists every JavaScript file of the CDN folder, chunks included, with its sha384.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { integrityOf, sri } from '../../build/cdn-integrity.ts';

test('sri() is the sha384 of the bytes in base64, prefixed as the integrity attribute wants it', () => {
  // `printf abc | openssl dgst -sha384 -binary | base64`
  assert.equal(sri(Buffer.from('abc')), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
});

test('integrityOf() hashes the entries and the chunks under them, by relative path, and skips source maps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdn-integrity-'));
  try {
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'b.js'), 'export const b = 1;\n');
    writeFileSync(join(dir, 'a.js'), 'import "./chunks/c.js";\n');
    writeFileSync(join(dir, 'a.js.map'), '{}');
    writeFileSync(join(dir, 'chunks/c.js'), '');
    assert.deepEqual(integrityOf(dir), {
      'a.js': sri(Buffer.from('import "./chunks/c.js";\n')),
      'b.js': sri(Buffer.from('export const b = 1;\n')),
      'chunks/c.js': sri(Buffer.from('')),
    });
  } finally {
    rmSync(dir, { recursive: true });
  }
});
