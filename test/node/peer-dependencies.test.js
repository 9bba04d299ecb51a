// The renderer's optional peer dependencies (src/render/peer-dependencies.ts): a missing one is named with the
// command that installs it; every other error passes through. (test:consumers runs the command in an app without them.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { MissingPeerError, explainMissingPeer, rendererPeers } from '../../src/render/peer-dependencies.ts';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the renderer’s packages are optional peer dependencies, installed here as dev dependencies', () => {
  for (const name of rendererPeers) {
    assert.ok(!(name in manifest.dependencies), `${name} is not a dependency`);
    assert.equal(manifest.peerDependenciesMeta[name]?.optional, true, `${name} is an optional peer`);
    assert.equal(manifest.devDependencies[name], manifest.peerDependencies[name], `${name}: the range tested is the range asked for`);
  }
});

test('Node’s failure to find a listed package becomes a MissingPeerError that says what to install', async () => {
  const failure = await import('mlops-elements-no-such-peer').catch((error) => error);
  assert.equal(failure.code, 'ERR_MODULE_NOT_FOUND');
  const explained = explainMissingPeer(failure, 'dsd mode', ['mlops-elements-no-such-peer', 'other-peer']);
  assert.ok(explained instanceof MissingPeerError);
  assert.equal(
    explained.message,
    'dsd mode needs mlops-elements-no-such-peer, an optional peer dependency of mlops-elements that is not installed: npm install --save-dev mlops-elements-no-such-peer other-peer',
  );
  assert.equal(explained.cause, failure);
});

test('any other error is returned as it is', async () => {
  const otherPackage = await import('mlops-elements-another-missing-package').catch((error) => error);
  assert.equal(explainMissingPeer(otherPackage, 'dsd mode'), otherPackage);
  const syntax = new SyntaxError('Unexpected token');
  assert.equal(explainMissingPeer(syntax, 'dsd mode'), syntax);
  assert.equal(explainMissingPeer(undefined, 'dsd mode'), undefined);
});
