import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractBody } from './body';
import { blocksToText } from './blocks-text';
import { bodyOf, japaneseProse, prose } from './body-test-helpers';
import type { Block } from './types';

const SAMPLE = 'tests/fixtures/pages/ja-translated--news24-kim-putin/source.html';
const SAMPLE_URL = 'http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/';
const SAMPLE_TITLE = '合意へ向けて順調:北朝鮮の金正恩委員長、プーチン大統領と会談か?';

function readSample() {
  const { document, close } = parseHtml(readFileSync(SAMPLE, 'utf8'), SAMPLE_URL);
  const body = extractBody(document, new URL(SAMPLE_URL), { title: SAMPLE_TITLE, lang: 'ja' });
  close();
  return { ...body, text: blocksToText(body.blocks) };
}

describe('extractBody on the sample page', () => {
  const sample = readSample();

  it('returns the three publisher key points, and not in the body', () => {
    expect(sample.keyPoints).toEqual([
      '金正恩はプーチンに会うためにロシアを訪問する可能性が高い。',
      '米国は北朝鮮がロシアに武器を供給すると考えている。',
      'ロシアも北朝鮮も国際的な制裁に直面している。',
    ]);
    expect(sample.text).not.toContain('ロシアを訪問する可能性が高い。');
  });

  it('keeps every article paragraph in order, from the first to the last', () => {
    expect(sample.text.startsWith('北朝鮮の金正恩(キム・ジョンウン)総書記は')).toBe(true);
    expect(sample.text).toContain('「少なくとも今日はこんな感じだ。次に何が起こるか見てみよう”');
    const first = sample.text.indexOf('ニューヨーク・タイムズ紙によると');
    const later = sample.text.indexOf('金正恩委員長は、人工衛星');
    expect(first).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(first);
    expect(sample.text).toContain('ウクライナのヴォロディミル・ゼレンスキー大統領が');
  });

  it.each([
    ['inline related box', '記事を読む'],
    ['related headline', '将軍を解任'],
    ['ad label', 'Advertisement'],
    ['tags', 'ウクライナ戦争\n'],
    ['more articles', 'More articles'],
    ['latest', 'Latest article'],
    ['must read', 'Must read'],
    ['ranking', 'ランキング'],
    ['share bar', 'Facebook'],
    ['share bar (bottom)', 'はてブ'],
    ['prev/next', '次の記事'],
    ['newsletter', 'ニュースレター'],
    ['cookie', 'クッキー'],
    ['comments', 'コメント'],
    ['header date', '2024年'],
    ['byline', 'News24編集部'],
    ['breadcrumb', 'ホーム'],
    ['title heading', SAMPLE_TITLE],
    ['footer', 'プライバシーポリシー'],
  ])('has no %s', (_what, needle) => {
    expect(sample.text).not.toContain(needle);
  });

  it('keeps both figures with resolved lazy sources, the second with its caption', () => {
    const figures = sample.blocks.filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure');
    expect(figures.map((f) => f.images[0]?.src)).toEqual([
      'http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/images/kim-putin.svg',
      'http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/images/putin-kim-handshake.svg',
    ]);
    expect(figures[1]!.caption).toEqual([{ type: 'text', text: 'ロシアのプーチン大統領が北朝鮮の金正恩委員長と一緒にいる。' }]);
    expect(sample.leadImage?.src).toBe(figures[0]!.images[0]!.src);
  });

  it('explains its removals in the trail', () => {
    expect(sample.trail.some((t) => t.startsWith('removeUnlikelyCandidates:'))).toBe(true);
    expect(sample.trail.some((t) => t.startsWith('extractKeyPoints:'))).toBe(true);
    expect(sample.trail.some((t) => t.startsWith('selectContent:'))).toBe(true);
  });
});

describe('extractBody purity', () => {
  it('does not mutate the document it is given', () => {
    const { document, close } = parseHtml(readFileSync(SAMPLE, 'utf8'), SAMPLE_URL);
    const before = document.documentElement.outerHTML;
    extractBody(document, new URL(SAMPLE_URL), { title: SAMPLE_TITLE });
    extractBody(document, new URL(SAMPLE_URL), {}, { disable: ['removeUnlikelyCandidates'] });
    expect(document.documentElement.outerHTML).toBe(before);
    close();
  });
});

describe('extractBody on pages of our own', () => {
  it('keeps short Japanese paragraphs and 「…」と述べた lines next to the main text', () => {
    const { text } = bodyOf(`<div class="wrap"><div class="article-body">${japaneseProse(6)}</div><p>「景気の回復を確かなものにする」と首相は述べた。</p><div class="sidebar"><a href="/a">人気記事</a></div></div>`);
    expect(text).toContain('「景気の回復を確かなものにする」と首相は述べた。');
    expect(text).toContain('野党は「効果が見えない」と批判した。');
    expect(text).not.toContain('人気記事');
  });

  it('removes a repeated Japanese title heading (no ASCII \\W similarity)', () => {
    const { blocks } = bodyOf(`<article><h1>政府、十兆円規模の経済対策を発表</h1>${japaneseProse(6)}</article>`, { title: '政府、十兆円規模の経済対策を発表｜毎朝新聞' });
    expect(blocks[0]?.type).toBe('paragraph');
  });

  it('keeps a heading that is not the title', () => {
    const { blocks } = bodyOf(`<article><h2>Background</h2>${prose('the plan')}</article>`, { title: 'Officials meet again' });
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2 });
  });

  it('returns nothing, without throwing, for an empty page', () => {
    const body = bodyOf('');
    expect(body.blocks).toEqual([]);
    expect(body.keyPoints).toEqual([]);
  });

  it('reads only the <article> of a page above the element budget', () => {
    const page = `<div class="chrome">${'<span>x</span>'.repeat(60)}<p>Outside the article, a long paragraph of promotional text that should not be read at all.</p></div><article>${prose('the budget')}</article>`;
    const bounded = bodyOf(page, {}, { maxElements: 50 });
    expect(bounded.trail[0]).toMatch(/^extractBody: more than 50 elements/);
    expect(bounded.text).toContain('the budget');
    expect(bounded.text).not.toContain('promotional');
  });

  it('honours a switched-off stage', () => {
    const page = `<article>${prose('x')}<div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=1">Facebook</a><a href="https://twitter.com/intent/tweet?u=1">Twitter</a></div></article>`;
    expect(bodyOf(page).text).not.toContain('Twitter');
    expect(bodyOf(page, {}, { disable: ['removeUnlikelyCandidates', 'removeShareBars', 'removeLabelledBoxes', 'removeConditionally'] }).text).toContain('Twitter');
  });

  it('keeps a loose link-only line when removeTeaserLinks is off (the line rule answers to that stage too)', () => {
    const page = `<article>${prose('x', 2)}<div><a href="/news/other-story">Ferry timetable changes for the winter season</a></div>${prose('y', 2)}</article>`;
    expect(bodyOf(page, {}, { disable: ['removeConditionally'] }).text).not.toContain('Ferry timetable');
    expect(bodyOf(page, {}, { disable: ['removeConditionally', 'removeTeaserLinks'] }).text).toContain('Ferry timetable');
  });
});

describe('removeRepeatedLede', () => {
  const para = 'The harbour board voted on Tuesday to close the old pier to cargo ships until the repairs are done, the chairman said.';
  it('keeps two equal paragraphs in a row: only a lede set as a heading is a standfirst', () => {
    const body = bodyOf(`<div class="story"><p>${para}</p><p>${para}</p>${prose('the repairs')}</div>`);
    expect(body.text.split(para).length - 1).toBe(2);
  });
});
