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
const COMMENT_OR_RAW_TEXT = /<(script|style|textarea|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?--!?>/gi;

export function withoutComments(html: string): string {
  return html.replace(COMMENT_OR_RAW_TEXT, (match, rawTextTag: string | undefined) => (rawTextTag ? match : ''));
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
  document.write(withoutComments(withoutSvgRawText(html)));
  return { document, close: () => void window.happyDOM.close() };
}
