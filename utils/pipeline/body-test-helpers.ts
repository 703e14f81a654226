// Test helper (imported only by *.test.ts): parse a small page of our own and read its body.
import { parseHtml } from '../../cli/parse-html';
import { extractBody, type Body, type BodyHints, type BodyOptions } from './body';
import { blocksToText } from './blocks-text';

export const TEST_URL = 'https://news.example.com/world/2024/05/story.html';

export function bodyOf(bodyHtml: string, hints: BodyHints = {}, options: BodyOptions = {}, url = TEST_URL): Body & { text: string } {
  const html = bodyHtml.includes('<html') ? bodyHtml : `<!doctype html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`;
  const { document, close } = parseHtml(html, url);
  try {
    const body = extractBody(document, new URL(url), hints, options);
    return { ...body, text: blocksToText(body.blocks) };
  } finally {
    close();
  }
}

/** Enough prose for the scorer to pick the container it sits in (about 1,000 weighted chars). */
export function prose(marker: string, paragraphs = 4): string {
  const sentence = `The committee said on Tuesday that ${marker} would continue, and officials added that the talks, which began last year, were productive.`;
  return Array.from({ length: paragraphs }, (_, i) => `<p>${sentence} Paragraph ${i + 1} adds detail, context, and a quote from a spokesperson.</p>`).join('\n');
}

/** Japanese prose: short paragraphs, 「…」と述べた lines. */
export function japaneseProse(paragraphs = 6): string {
  const lines = [
    '政府は火曜日、新たな経済対策を発表した。',
    '「景気の回復を確かなものにする」と首相は述べた。',
    '対策の規模は約十兆円で、中小企業の支援や物価高への対応が柱となる。',
    '野党は「効果が見えない」と批判した。',
    '専門家の間では、財源の確保が課題になるとの見方が強い。',
    '政府は年内に補正予算案を国会に提出する方針だ。',
  ];
  return Array.from({ length: paragraphs }, (_, i) => `<p>${lines[i % lines.length]}</p>`).join('\n');
}
