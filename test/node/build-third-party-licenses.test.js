// The CDN build's licence notices (build/third-party-licenses.ts): one short comment per file naming the
// packages it carries, their licences and copyright holders, and a source map that stays true under it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyrightHolder, licenceComment, prependLine } from '../../build/third-party-licenses.ts';

const bsd = 'BSD 3-Clause License\n\nCopyright (c) 2017 Google LLC. All rights reserved.\n\nRedistribution and use…';
const mit = 'MIT License\n\nCopyright (c) 2025 Colin McDonnell\n\nPermission is hereby granted…';

test('the copyright holder of a licence text: years, "(c)" and "All rights reserved" left out', () => {
  assert.equal(copyrightHolder(bsd), 'Google LLC');
  assert.equal(copyrightHolder(mit), 'Colin McDonnell');
  assert.equal(copyrightHolder('Copyright © 2019-2024 Jane Doe and contributors'), 'Jane Doe and contributors');
  assert.equal(copyrightHolder('Copyright 2010, 2012 Example Inc.'), 'Example Inc');
  assert.equal(copyrightHolder('No notice here'), undefined);
});

test('one comment per file: packages grouped by licence and holder, sorted, in a /*! comment minifiers keep', () => {
  assert.equal(
    licenceComment([
      { name: 'zod', license: 'MIT', text: mit },
      { name: 'lit-html', license: 'BSD-3-Clause', text: bsd },
      { name: '@lit/reactive-element', license: 'BSD-3-Clause', text: bsd },
    ]),
    '/*! @lit/reactive-element lit-html BSD-3-Clause (c) Google LLC; zod MIT (c) Colin McDonnell */',
  );
  assert.equal(licenceComment([{ name: 'x', license: 'ISC', text: '' }]), '/*! x ISC (c) its authors */');
  assert.equal(licenceComment([]), '', 'a file of the project’s own code only gets none');
});

test('a holder’s text cannot end the comment early', () => {
  const comment = licenceComment([{ name: 'evil', license: 'MIT', text: 'Copyright 2020 A */ alert(1) /*' }]);
  assert.equal(comment.indexOf('*/'), comment.length - 2);
});

test('the comment goes first, and the source map’s mappings move down one line', () => {
  const chunk = { code: 'var a=1;\n//# sourceMappingURL=a.js.map' };
  const map = { source: JSON.stringify({ version: 3, mappings: 'AAAA,IAAI', sources: ['a.ts'] }) };
  prependLine(chunk, map, '/*! a MIT (c) A */');
  assert.equal(chunk.code, '/*! a MIT (c) A */\nvar a=1;\n//# sourceMappingURL=a.js.map');
  assert.deepEqual(JSON.parse(map.source), { version: 3, mappings: ';AAAA,IAAI', sources: ['a.ts'] });

  const bytes = { source: new TextEncoder().encode(JSON.stringify({ mappings: 'AAAA' })) };
  prependLine({ code: '' }, bytes, '/*! b */');
  assert.equal(JSON.parse(bytes.source).mappings, ';AAAA');

  const untouched = { code: 'var b;' };
  const untouchedMap = { source: '{"mappings":"AAAA"}' };
  prependLine(untouched, untouchedMap, '');
  assert.equal(untouched.code, 'var b;');
  assert.equal(untouchedMap.source, '{"mappings":"AAAA"}');
});
