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
  document.write(withoutSvgRawText(html));
  return { document, close: () => void window.happyDOM.close() };
}
