import { Window } from 'happy-dom';

// Node-only: parse saved HTML into a Document without running or fetching anything, so the CLI
// and the bench give Kiji and the reference peer the same inert DOM.
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
  document.write(html);
  return { document, close: () => void window.happyDOM.close() };
}
