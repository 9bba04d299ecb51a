/**
 * Hostile strings for the reliability tests: markup that would run script if it were ever parsed
 * as HTML, URLs with script schemes, CSS that would escape a style, template and Lit marker look-
 * alikes, very long values, Unicode that confuses layout or text handling, and values that break
 * naive JSON, number or object-key handling.
 *
 * Every payload that could execute sets `window.__pwned` (or `parent.__pwned` from a frame), so a
 * test only has to check that the trap stayed undefined. No payload is an http(s) URL on another
 * origin: such a URL is a legitimate `endpoint=`/`src=` a page author may choose, and the tests
 * check that hostile strings never cause a request anywhere but the page's own origin.
 */

export interface Payload {
  /** Short label, printed when an assertion fails. */
  name: string;
  value: string;
}

/** The global every executing payload writes to. */
export const TRAP = '__pwned';

const base64 = (text: string) => btoa(text);

/** 10 KB of prose-like text with markup in it: long, but with break opportunities. */
const TEN_KB = '<b>hostile</b> <i onmouseover="window.__pwned=1">text</i> '.repeat(200).slice(0, 10 * 1024);
/** 100 KB without a single break opportunity: the worst case for layout. */
export const HUNDRED_KB = 'W'.repeat(100 * 1024);

export const payloads: readonly Payload[] = [
  // Markup that runs script when parsed as HTML.
  { name: 'script tag', value: `<script>window.${TRAP}='script'</script>` },
  { name: 'img onerror', value: `<img src=x onerror="window.${TRAP}='img'">` },
  { name: 'svg onload', value: `<svg onload="window.${TRAP}='svg'"></svg>` },
  { name: 'svg script', value: `<svg><script>window.${TRAP}='svg-script'</script></svg>` },
  { name: 'iframe srcdoc', value: `<iframe srcdoc="<script>parent.${TRAP}='srcdoc'</script>"></iframe>` },
  { name: 'iframe javascript: src', value: `<iframe src="javascript:parent.${TRAP}='iframe-js'"></iframe>` },
  { name: 'attribute break-out (double quote)', value: `"><img src=x onerror="window.${TRAP}='attr-double'">` },
  { name: 'attribute break-out (single quote)', value: `'><img src=x onerror='window.${TRAP}="attr-single"'>` },
  { name: 'anchor javascript: href', value: `<a href="javascript:window.${TRAP}='anchor'">click</a>` },
  { name: 'details ontoggle', value: `<details open ontoggle="window.${TRAP}='details'"><summary>x</summary></details>` },
  { name: 'autofocus onfocus', value: `<input autofocus onfocus="window.${TRAP}='focus'">` },
  { name: 'video source onerror', value: `<video><source onerror="window.${TRAP}='video'"></video>` },
  { name: 'mutation XSS (math/style)', value: `<math><mtext><table><mglyph><style><img src=x onerror="window.${TRAP}='mxss'">` },
  { name: 'noscript title break-out', value: `<noscript><p title="</noscript><img src=x onerror=window.${TRAP}='noscript'>">` },
  { name: 'object javascript: data', value: `<object data="javascript:window.${TRAP}='object'"></object>` },
  { name: 'meta refresh', value: `<meta http-equiv="refresh" content="0;url=javascript:window.${TRAP}='meta'">` },
  { name: 'base href', value: `<base href="javascript:window.${TRAP}='base'//">` },
  { name: 'closing our own tag', value: `</mlops-tool-card></mlops-term><script>window.${TRAP}='close-tag'</script>` },
  { name: 'nested element markup', value: '<mlops-term>model drift</mlops-term><slot></slot><slot name="question"></slot>' },
  { name: 'CDATA and comments', value: `]]><![CDATA[<script>window.${TRAP}='cdata'</script>]]><!--` },
  // Script-scheme URLs (for endpoint= and src= they must never be fetched or navigated to).
  { name: 'javascript: URL', value: `javascript:window.${TRAP}='js-url'` },
  { name: 'javascript: URL, mixed case', value: `JaVaScRiPt:window.${TRAP}='js-mixed'` },
  { name: 'javascript: URL with tab and spaces', value: ` java\tscript:window.${TRAP}='js-tab'` },
  { name: 'data: URL with HTML', value: `data:text/html,<script>parent.${TRAP}='data'</script>` },
  { name: 'data: URL, base64', value: `data:text/html;base64,${base64(`<script>parent.${TRAP}='b64'</script>`)}` },
  { name: 'vbscript: URL', value: 'vbscript:msgbox("pwned")' },
  // CSS that would escape a declaration or a style sheet.
  { name: 'CSS declaration injection', value: `red;background:url(javascript:window.${TRAP}='css')` },
  { name: 'style sheet break-out', value: '</style><style>*{display:none}</style>' },
  { name: 'CSS rule break-out', value: '}*{display:none!important}:host{display:none}{' },
  { name: 'CSS expression and import', value: `expression(window.${TRAP}='expr');@import url(javascript:window.${TRAP}='import');` },
  // Template syntax and Lit's own markers.
  { name: 'template literal', value: `\${window.${TRAP}='template-literal'}` },
  { name: 'backtick break-out', value: `\`;window.${TRAP}='backtick';\`` },
  { name: 'mustache constructor', value: `{{constructor.constructor("window.${TRAP}='mustache'")()}}` },
  { name: 'Lit attribute marker', value: 'lit$123$' },
  { name: 'Lit node marker', value: '<?lit$123$>' },
  { name: 'Lit comment marker', value: '<!--?lit$1234567890$-->' },
  // Length.
  { name: '10 KB of markup-laden text', value: TEN_KB },
  { name: '100 KB unbroken', value: HUNDRED_KB },
  // Unicode that confuses layout, comparison or encoding.
  { name: 'RTL override', value: '\u202Eevil\u202C gnp.exe' },
  { name: 'bidi isolates and marks', value: '\u2066\u2067\u2068abc\u2069\u200F\u200E\u061C' },
  { name: 'zero-width characters only', value: '\u200B\u200C\u200D\u2060\uFEFF' },
  { name: 'zero-width inside a real key', value: 'model\u200Bdrift' },
  { name: 'emoji', value: '🧪🚀📈' },
  { name: 'ZWJ sequences and modifiers', value: '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽' },
  { name: 'combining marks (zalgo)', value: 'Z\u0338\u0322\u031B\u031Ba\u0334l\u0337g\u0336o\u0335' },
  { name: 'null bytes', value: 'a\u0000b\u0000' },
  { name: 'control characters and ANSI escape', value: '\u0001\u0007\u001B[31mred\u001B[0m\u007F' },
  { name: 'lone high surrogate', value: 'x\uD800y' },
  { name: 'lone low surrogate', value: '\uDC00' },
  { name: 'noncharacters and replacement', value: '\uFFFD\uFFFE\uFFFF' },
  { name: 'line and paragraph separators', value: 'a\u2028b\u2029c' },
  { name: 'Unicode tag characters', value: 'mlflow\u{E0041}\u{E0042}' },
  { name: 'homoglyph of a real name', value: '\u041CLflow' },
  { name: 'mathematical letters (NFKC)', value: '𝕄𝕃𝕆𝕡𝕤' },
  // Escaping and encoding.
  { name: 'HTML entities', value: `&lt;script&gt;window.${TRAP}='entity'&lt;/script&gt; &amp;amp; &#x3C;img&#x3E; &#0;` },
  { name: 'JSON-breaking quotes', value: '"}],"__proto__":{"polluted":true},"x":["' },
  { name: 'backslashes and escapes', value: '\\"\\u0000\\n\\' },
  { name: 'percent-encoded script', value: `%3Cscript%3Ewindow.${TRAP}%3D1%3C%2Fscript%3E` },
  { name: 'malformed percent escape', value: '%E0%A4%A' },
  { name: 'header injection', value: 'line1\r\nSet-Cookie: pwned=1' },
  { name: 'format strings', value: '%s%s%n%x{0}' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'SQL-ish', value: "' OR 1=1 --" },
  // Object keys and things that look like other types.
  { name: '__proto__', value: '__proto__' },
  { name: 'constructor', value: 'constructor' },
  { name: 'toString', value: 'toString' },
  { name: 'hasOwnProperty', value: 'hasOwnProperty' },
  { name: 'number zero', value: '0' },
  { name: 'negative number', value: '-1' },
  { name: 'overflowing number', value: '1e309' },
  { name: 'NaN', value: 'NaN' },
  { name: 'hex number', value: '0x10' },
  { name: 'fraction', value: '3.7' },
  { name: 'unsafe integer', value: '9007199254740993' },
  { name: 'null', value: 'null' },
  { name: 'undefined', value: 'undefined' },
  { name: 'true', value: 'true' },
  { name: '[object Object]', value: '[object Object]' },
  // Emptiness.
  { name: 'empty string', value: '' },
  { name: 'single space', value: ' ' },
  { name: 'tabs and newlines', value: '\t\n\r\n' },
  { name: 'Unicode spaces', value: '\u00A0\u2003\u3000' },
];

/** Payloads short enough to go into a URL or a dataset many times without slowing a test down. */
export const shortPayloads = payloads.filter((payload) => payload.value.length <= 200);

/** `JSON.stringify` of a payload for assertion messages, cut so a 100 KB value does not flood the log. */
export function describePayload(payload: Payload): string {
  const shown = JSON.stringify(payload.value);
  return `${payload.name} ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`;
}
