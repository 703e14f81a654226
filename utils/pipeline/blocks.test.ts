import { describe, expect, it } from 'vitest';
import { bodyOf, prose, TEST_URL } from './body-test-helpers';
import type { Block } from './types';

const P = prose('the bridge');

function figures(blocks: Block[]): Extract<Block, { type: 'figure' }>[] {
  const out: Extract<Block, { type: 'figure' }>[] = [];
  const walk = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'figure') out.push(b);
      else if (b.type === 'blockquote') walk(b.children);
      else if (b.type === 'list') b.items.forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

describe('lazy images', () => {
  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" alt="A">', 'https://news.example.com/img/a.jpg'],
    ['data-lazy-src', '<img src="/spacer.gif" data-lazy-src="img/b.jpg">', 'https://news.example.com/world/2024/05/img/b.jpg'],
    ['data-original', '<img class="lazy" data-original="//cdn.example.net/c.jpg">', 'https://cdn.example.net/c.jpg'],
    ['srcset: the largest', '<img src="/s.jpg" srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">', 'https://news.example.com/l.jpg'],
    ['data-srcset with density', '<img data-srcset="/x1.jpg 1x, /x2.jpg 2x">', 'https://news.example.com/x2.jpg'],
    ['<noscript> twin', '<img class="lazyload" src="data:image/svg+xml,%3Csvg%3E"><noscript><img src="/real.jpg" alt="R"></noscript>', 'https://news.example.com/real.jpg'],
    ['<noscript> alone', '<noscript><img src="/only.jpg"></noscript>', 'https://news.example.com/only.jpg'],
    ['<picture> source', '<picture><source srcset="/p-small.webp 480w, /p-big.webp 1600w"><img src="/p.jpg"></picture>', 'https://news.example.com/p-big.webp'],
  ])('%s', (_what, img, src) => {
    const { blocks } = bodyOf(`<article>${P}<figure>${img}<figcaption>Caption</figcaption></figure>${P}</article>`);
    const fig = figures(blocks);
    expect(fig).toHaveLength(1);
    expect(fig[0]!.images[0]!.src).toBe(src);
    expect(fig[0]!.caption).toEqual([{ type: 'text', text: 'Caption' }]);
  });

  it.each([
    ['a 1×1 tracking pixel', '<img src="https://t.example.com/p.gif" width="1" height="1">'],
    ['a placeholder with no real source', '<img src="data:image/gif;base64,R0lGOD">'],
    ['a spacer', '<img src="/images/spacer.gif">'],
  ])('drops %s', (_what, img) => {
    const { blocks } = bodyOf(`<article>${P}<p>${img}</p>${P}</article>`);
    expect(figures(blocks)).toHaveLength(0);
  });
});

describe('inline content', () => {
  it('keeps ruby as ruby, and its base text in the plain text', () => {
    const { blocks, text } = bodyOf(`<article>${P}<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む人が増えている、と専門家は述べた。</p></article>`);
    const para = blocks.find((b) => b.type === 'paragraph' && b.children.some((i) => i.type === 'ruby'));
    expect(para).toBeDefined();
    expect(para!.type === 'paragraph' && para!.children[0]).toEqual({ type: 'ruby', base: '漢字', text: 'かんじ' });
    expect(text).toContain('漢字を読む人が増えている');
  });

  it('makes links absolute, keeps emphasis, drops javascript: links', () => {
    const { blocks } = bodyOf(`<article>${P}<p>See <a href="../report.pdf">the <em>full</em> report</a> and <a href="javascript:void(0)">this</a>, which matters a lot for readers.</p></article>`);
    const para = blocks.find((b) => b.type === 'paragraph' && b.children.some((i) => i.type === 'link'));
    expect(para?.type === 'paragraph' && para.children).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', href: new URL('../report.pdf', TEST_URL).href, children: [{ type: 'text', text: 'the ' }, { type: 'em', children: [{ type: 'text', text: 'full' }] }, { type: 'text', text: ' report' }] },
      { type: 'text', text: ' and this, which matters a lot for readers.' },
    ]);
  });

  it('joins CJK lines broken in the source without adding spaces', () => {
    const { text } = bodyOf(`<article>${P}<p>政府は火曜日、\n新たな経済対策を発表した。</p></article>`);
    expect(text).toContain('政府は火曜日、新たな経済対策を発表した。');
  });

  it('splits <br><br> runs into paragraphs', () => {
    const { blocks } = bodyOf(`<div class="content">${'第一段的内容，记者报道说经济增长平稳。'.repeat(3)}<br><br>${'第二段的内容，专家认为政策效果明显。'.repeat(3)}<br><br>${'第三段的内容，市场反应积极，投资者信心增强。'.repeat(3)}</div>`);
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(3);
  });
});

describe('block structure', () => {
  it('keeps headings, lists, quotes, code and data tables', () => {
    const { blocks } = bodyOf(`<article>${P}<h2>Numbers</h2><table><thead><tr><th>Year</th><th>Votes</th></tr></thead><tbody><tr><td>2020</td><td colspan="2">1,200</td></tr></tbody></table><blockquote><p>We will not stop, she said in a statement.</p></blockquote><ol><li>First point of the plan</li><li>Second point of the plan</li></ol><pre>let x = 1;\n  x++;</pre>${P}</article>`);
    const types = blocks.map((b) => b.type);
    expect(types).toEqual(expect.arrayContaining(['heading', 'table', 'blockquote', 'list', 'pre']));
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      [{ header: true, children: [{ type: 'text', text: 'Year' }] }, { header: true, children: [{ type: 'text', text: 'Votes' }] }],
      [{ header: false, children: [{ type: 'text', text: '2020' }] }, { header: false, colspan: 2, children: [{ type: 'text', text: '1,200' }] }],
    ]);
    expect(blocks.find((b) => b.type === 'pre')).toEqual({ type: 'pre', text: 'let x = 1;\n  x++;' });
    expect(blocks.find((b) => b.type === 'list')).toMatchObject({ ordered: true, items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] });
  });

  it('unwraps a layout table into paragraphs', () => {
    const { blocks } = bodyOf(`<table><tr><td class="nav"><a href="/">Home</a></td><td class="main">${P}</td></tr></table>`);
    expect(blocks.some((b) => b.type === 'table')).toBe(false);
    expect(blocks.filter((b) => b.type === 'paragraph').length).toBeGreaterThanOrEqual(4);
  });

  it('turns an image inside a paragraph into a figure after it', () => {
    const { blocks } = bodyOf(`<article>${P}<p><a href="/big.jpg"><img src="/small.jpg" width="600" height="400"></a>Officials inspect the bridge after the storm, on Monday morning.</p></article>`);
    const index = blocks.findIndex((b) => b.type === 'figure');
    expect(index).toBeGreaterThan(0);
    expect(blocks[index - 1]!.type).toBe('paragraph');
  });
});
