import { Window } from 'happy-dom';

// Node-only: parse saved HTML into a Document without running or fetching anything, so the CLI
// and the bench give Kiji and the reference peer the same inert DOM.
// happy-dom 21.0.4's parser treats <style>/<script> inside inline <svg> as raw text that never
// ends, so the rest of the page is lost (seen on real news pages with icon sprites). They hold no
// article text, so they are dropped from each <svg> before parsing; a browser parses them fine.
const SVG_ELEMENT = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const SVG_RAW_TEXT_CHILD = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function withoutSvgRawText(html: string): string {
  return html.replace(SVG_ELEMENT, (svg) => svg.replace(SVG_RAW_TEXT_CHILD, ''));
}

// happy-dom 21.0.4 also reads a comment ending in what looks like an end tag (`<!--…</a-->`, a
// commented-out link, common on older news sites) as the end tag `</a-->`, so the comment never
// closes and the page after it is lost (58 of 500 DAnIEL pages). Comments hold no text, so they
// are dropped before parsing, ending at the first `-->` as in a browser; script and style bodies
// are raw text and are kept as they are.
// happy-dom also opens a tag at "<" followed by a digit, "-" or "=" (`<--COUNTER-->`, `<3`), where
// a browser sees text (a tag name starts with a letter), and the page after it is lost inside the
// bogus element; and it repeats the text before a stray "-->" left outside a comment. Both are
// escaped in the same pass.
const COMMENT_OR_RAW_TEXT = /<(script|style|textarea|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?--!?>|<(?=[^a-zA-Z/!?\s])|-->/gi;
const ESCAPED: Record<string, string> = { '<': '&lt;', '-->': '--&gt;' };

export function withoutComments(html: string): string {
  return html.replace(COMMENT_OR_RAW_TEXT, (match, rawTextTag: string | undefined) => (rawTextTag ? match : ESCAPED[match] ?? ''));
}

// happy-dom 21.0.4 moves a <script> or <style> that sits between table rows (`<tr><script>…`) out
// of the table but leaves its body behind as text (even parsed as markup), so a page's code becomes
// its longest paragraph. Code and CSS are never page text: their bodies are emptied before parsing,
// after the comments are gone; JSON data blocks (JSON-LD) are kept for the metadata readers.
// A body holding "<!--" is left alone: there a nested "</script>" may not end the script.
const SCRIPT_OR_STYLE = /(<(script|style)\b([^>]*)>)([\s\S]*?)(<\/\2\s*>)/gi;

export function withoutCodeBodies(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (match, open: string, tag: string, attrs: string, body: string, close: string) =>
    (tag.toLowerCase() === 'script' && /json/i.test(attrs)) || body.includes('<!--') ? match : open + close);
}

export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'Kiji CLI' },
    },
  });
  const document = window.document as unknown as Document;
  document.write(withoutCodeBodies(withoutComments(withoutSvgRawText(html))));
  return { document, close: () => void window.happyDOM.close() };
}
