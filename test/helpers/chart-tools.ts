/** What the tests of the charts' take-away buttons share: reading their files, catching their downloads, a clipboard to write to. */
import { expect } from '@open-wc/testing';

/** RFC 4180 parsed by hand (quoted fields, doubled quotes, CRLF), so the tests do not trust the writer's own reading. */
export function parseDelimited(source: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') ((field += '"'), index++);
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === delimiter) (row.push(field), (field = ''));
    else if (character === '\r' && source[index + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), index++);
    } else field += character;
  }
  expect(field, 'every row ends with CRLF').to.equal('');
  return rows;
}

/** Download links the tools click: their names and the files' contents, read before the URL is revoked. */
export function catchDownloads() {
  const files: { name: string; blob: Promise<Blob> }[] = [];
  const revoked: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: fetch(this.href).then((response) => response.blob()) });
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke.call(URL, url);
  };
  return {
    files,
    revoked,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    },
  };
}

/**
 * A clipboard that records what is written to it, or refuses as a browser does without permission
 * (`refuse = true`); `restore()` gives the page its own back.
 */
export function stubClipboard() {
  const written: string[] = [];
  const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const stub = {
    written,
    refuse: false,
    restore() {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (own) Object.defineProperty(Navigator.prototype, 'clipboard', own);
    },
  };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (value: string) => (stub.refuse ? Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) : void written.push(value)),
    },
  });
  return stub;
}
