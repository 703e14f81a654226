import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extract } from './extract';
import { findQuotes } from './quotes';

// Fixture pages annotated with their quotations (expected.json with "allQuotes" and "quotes").
// Vitest runs from the repository root.
const PAGES = 'tests/fixtures/pages';

interface Expected {
  lang: string;
  allQuotes: { text: string; speaker: string | null; speakerOriginal: string | null }[];
  quotes: { speaker: string | null; speakerOriginal: string | null }[];
}

const annotated = readdirSync(PAGES).filter((dir) => {
  const file = `${PAGES}/${dir}/expected.json`;
  return existsSync(file) && 'allQuotes' in (JSON.parse(readFileSync(file, 'utf8')) as object);
});

describe.each(annotated)('%s', (dir) => {
  const expected = JSON.parse(readFileSync(`${PAGES}/${dir}/expected.json`, 'utf8')) as Expected;
  const html = readFileSync(`${PAGES}/${dir}/source.html`, 'utf8');
  const url = /^<!--\s*(\S+)/.exec(html)?.[1] ?? 'https://example.com/';
  const { document, close } = parseHtml(html, url);
  const article = extract(document, new URL(url));
  close();

  it('finds every quotation with its speaker', () => {
    const all = findQuotes(article!.text, expected.lang, { all: true });
    expect(all.map(({ text, speaker, speakerOriginal }) => ({ text, speaker, speakerOriginal }))).toEqual(expected.allQuotes);
  });

  it('ranks the key quotes', () => {
    const key = findQuotes(article!.text, expected.lang);
    expect(key.map(({ speaker, speakerOriginal }) => ({ speaker, speakerOriginal }))).toEqual(expected.quotes);
  });
});
