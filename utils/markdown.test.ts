import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, summaryToMarkdown } from './markdown';
import type { Article } from './pipeline/types';

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['&amp; entity', '\\&amp; entity'],
    ['`code`', '\\`code\\`'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['Title #', 'Title \\#'],
    ['> quoted', '\\> quoted'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2024) year', '2024\\) year'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\n\n# line two', 'line one \\# line two'],
    ['「日本語」の引用。', '「日本語」の引用。'],
    ['U.S. well-known', 'U.S. well-known'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  it.each([
    ['https://example.com/a(b)', 'https://example.com/a%28b%29'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['not a url', null],
  ])('%s', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });
});

const article: Article = {
  title: 'Kim *to* meet [Putin]',
  byline: null,
  siteName: 'News24',
  lang: 'ja',
  dir: 'ltr',
  publishedTime: '2023-09-05T10:00:00Z',
  url: 'https://news24.example/kim-putin',
  excerpt: null,
  leadImage: null,
  originalSource: { url: 'https://original.example/story', domain: 'original.example', label: '引用元へ' },
  keyPoints: ['point <one>'],
  blocks: [],
  text: '',
  length: 0,
  readingMinutes: 1,
};

describe('summaryToMarkdown', () => {
  it('lays out title, source, sections and quotes, escaping page text', () => {
    const markdown = summaryToMarkdown(
      article,
      { bullets: ['bullet _a_', 'bullet b'], keyPoints: ['point <one>'] },
      [
        { text: '「会談は活発だ」', speaker: 'ワトソン', speakerOriginal: 'Adrienne Watson', start: 0, end: 8 },
        { text: '"No name"', speaker: null, speakerOriginal: null, start: 10, end: 19 },
      ],
      { keyPoints: 'Key points', summary: 'Summary', quotes: 'Key quotes', source: 'Source', original: (d) => `Original: ${d}`, unknownSpeaker: 'Unnamed' },
    );
    expect(markdown).toBe(
      [
        '# Kim \\*to\\* meet \\[Putin\\]',
        'Source: [News24](https://news24.example/kim-putin) · [Original: original.example](https://original.example/story)',
        '## Key points',
        '- point \\<one\\>',
        '## Summary',
        '- bullet \\_a\\_\n- bullet b',
        '## Key quotes',
        '> 「会談は活発だ」\n>\n> — ワトソン (Adrienne Watson)',
        '> "No name"\n>\n> — Unnamed',
      ].join('\n\n') + '\n',
    );
  });

  it('drops a link whose URL is not http(s) and keeps its text', () => {
    const markdown = summaryToMarkdown(
      { ...article, url: 'javascript:alert(1)', originalSource: null, siteName: 'Evil [x]' },
      { bullets: [], keyPoints: [] },
      [],
      { keyPoints: 'K', summary: 'S', quotes: 'Q', source: 'Source', original: (d) => d, unknownSpeaker: '?' },
    );
    expect(markdown).toBe('# Kim \\*to\\* meet \\[Putin\\]\n\nSource: Evil \\[x\\]\n');
    expect(markdown).not.toContain('javascript:');
  });
});
