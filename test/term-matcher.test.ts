// The shared term matcher cases on the browser's DOM, as <mlops-auto-terms> reads it.
import { expect } from '@open-wc/testing';
import { domTermTree } from '../src/elements/auto-terms/find-term-matches.js';
import { termMatcherSuite } from './shared/term-matcher.cases.js';

termMatcherSuite<Node>({
  treeName: 'DOM',
  describe,
  it,
  equal: (actual, expected, message) => expect(actual, message).to.deep.equal(expected),
  parse: (html) => ({ root: new DOMParser().parseFromString(`<body>${html}`, 'text/html').body, tree: domTermTree }),
});
