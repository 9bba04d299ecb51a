// The demo blog post as an RSS 2.0 feed (`npm start` serves it at /feed.xml): one item whose
// description is the post in plain mode, the way a feed reader or an email newsletter gets it.
// Terms carry numbered notes (footnotes) because feed readers do not show `title` tooltips.
import { parse } from 'parse5';

/** Characters XML 1.0 does not allow, as U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding those control characters is the point
const xmlChars = (text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');

/** Text or a double-quoted attribute value for XML. */
export function xmlText(text) {
  return xmlChars(text).replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]);
}

const find = (node, test) => (test(node) ? node : (node.childNodes ?? []).map((child) => find(child, test)).find(Boolean));
const rawText = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(rawText).join(''));
/** A parse5 node's text, runs of space folded. */
export const textOf = (node) => rawText(node).replace(/\s+/g, ' ').trim();

/**
 * The post's parts, read from the page as its author wrote them: its language, the site name (the header's
 * `.brand` link), the post title (`<h1>` in `<main>`) and the content after the title (a slice of
 * the page's own bytes, not a re-serialisation).
 */
export function postParts(html) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const main = find(document, (node) => node.nodeName === 'main');
  const h1 = main && find(main, (node) => node.nodeName === 'h1');
  if (!main || !h1) throw new Error('the post needs a <main> with an <h1>');
  const brand = find(document, (node) => node.nodeName === 'a' && node.attrs.some((attr) => attr.name === 'class' && attr.value.split(/\s+/).includes('brand')));
  const root = find(document, (node) => node.nodeName === 'html');
  return {
    lang: root?.attrs.find((attr) => attr.name === 'lang')?.value || 'en',
    site: brand ? textOf(brand) : textOf(h1),
    title: textOf(h1),
    content: html.slice(h1.sourceCodeLocation.endOffset, main.sourceCodeLocation.endTag.startOffset).trim(),
  };
}

/**
 * The feed. `render` is `renderHtml` from mlops-elements/render; `siteUrl` ends with `/`; `postPath`
 * is the post's path under it; `published` its date.
 */
export async function rssFeed({ html, render, siteUrl, postPath, published }) {
  const plain = await render(html, { mode: 'plain', footnotes: true, jsonLd: false });
  const { lang, site, title, content } = postParts(plain);
  const link = new URL(postPath, siteUrl).href;
  // CDATA keeps the HTML readable in the feed; a "]]>" inside it is split across two sections.
  const description = `<![CDATA[${xmlChars(content).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlText(site)}</title>
    <link>${xmlText(siteUrl)}</link>
    <description>${xmlText(`${site}: posts with the MLOps community's terms explained inline.`)}</description>
    <language>${xmlText(lang)}</language>
    <atom:link href="${xmlText(new URL('feed.xml', siteUrl).href)}" rel="self" type="application/rss+xml"/>
    <item>
      <title>${xmlText(title)}</title>
      <link>${xmlText(link)}</link>
      <guid isPermaLink="true">${xmlText(link)}</guid>
      <pubDate>${published.toUTCString()}</pubDate>
      <description>${description}</description>
    </item>
  </channel>
</rss>
`;
}
