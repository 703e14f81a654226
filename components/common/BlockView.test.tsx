import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../utils/pipeline/types';
import { BlockView, safeImageSrc, safeLinkHref } from './BlockView';

let host: HTMLElement;
function show(blocks: Block[], options?: Parameters<typeof BlockView>[0]['options']): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<BlockView blocks={blocks} options={options} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const text = (value: string) => ({ type: 'text' as const, text: value });

describe('BlockView', () => {
  it('renders every block type as its element', () => {
    const root = show([
      { type: 'heading', level: 2, children: [text('見出し')] },
      { type: 'paragraph', children: [text('本文'), { type: 'br' }, { type: 'strong', children: [text('強調')] }] },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [text('一')] }], [{ type: 'paragraph', children: [text('二')] }, { type: 'paragraph', children: [text('二の続き')] }]] },
      { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [text('点')] }]] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('引用')] }] },
      { type: 'figure', images: [{ src: 'https://news.example/a.jpg', alt: '写真', width: 640, height: 360 }], caption: [text('説明')] },
      { type: 'table', caption: [text('表')], rows: [[{ header: true, children: [text('年')] }, { header: true, colspan: 2, children: [text('値')] }], [{ header: false, children: [text('2023')] }, { header: false, children: [text('1')] }, { header: false, children: [text('2')] }]] },
      { type: 'pre', text: 'const a = 1;\n  <b>not markup</b>' },
      { type: 'hr' },
    ]);
    expect(root.querySelector('h2')?.textContent).toBe('見出し');
    expect(root.querySelector('p br')).not.toBeNull();
    expect(root.querySelector('p strong')?.textContent).toBe('強調');
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    // A one-paragraph item renders its text directly; a longer item keeps its paragraphs.
    expect(root.querySelector('ol > li:first-child > p')).toBeNull();
    expect(root.querySelectorAll('ol > li:last-child > p')).toHaveLength(2);
    expect(root.querySelector('ul > li')?.textContent).toBe('点');
    expect(root.querySelector('blockquote > p')?.textContent).toBe('引用');
    const img = root.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(img?.getAttribute('alt')).toBe('写真');
    expect(img?.getAttribute('width')).toBe('640');
    expect(root.querySelector('figcaption')?.textContent).toBe('説明');
    expect(root.querySelector('.kb-table table caption')?.textContent).toBe('表');
    expect(root.querySelectorAll('th')).toHaveLength(2);
    expect(root.querySelector('th[colspan="2"]')).not.toBeNull();
    expect(root.querySelectorAll('tbody tr td')).toHaveLength(3);
    const pre = root.querySelector('pre code');
    expect(pre?.textContent).toBe('const a = 1;\n  <b>not markup</b>');
    expect(root.querySelector('pre b')).toBeNull();
    expect(root.querySelector('hr')).not.toBeNull();
  });

  it('renders ruby as ruby with rt (and rp for browsers without ruby)', () => {
    const root = show([{ type: 'paragraph', children: [{ type: 'ruby', base: '金正恩', text: 'キム・ジョンウン' }, text('総書記')] }]);
    const ruby = root.querySelector('ruby');
    expect(ruby?.firstChild?.textContent).toBe('金正恩');
    expect(ruby?.querySelector('rt')?.textContent).toBe('キム・ジョンウン');
    expect(ruby?.querySelectorAll('rp')).toHaveLength(2);
  });

  it('opens links in a new tab without giving the page an opener', () => {
    const root = show([{ type: 'paragraph', children: [{ type: 'link', href: 'https://www.france24.com/en/a?b=1#c', children: [{ type: 'em', children: [text('France 24')] }] }] }]);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.france24.com/en/a?b=1#c');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(link?.querySelector('em')?.textContent).toBe('France 24');
  });

  it('renders a link with a script or relative URL as plain text', () => {
    const root = show([
      { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [text('click')] }, { type: 'link', href: '/relative', children: [text('rel')] }] },
    ]);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('clickrel');
  });

  it('keeps page text as text: markup in it is never parsed', () => {
    const root = show([{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('hides images when images are off but keeps captions', () => {
    const root = show(
      [
        { type: 'figure', images: [{ src: 'https://news.example/a.jpg', alt: '' }], caption: [text('説明')] },
        { type: 'figure', images: [{ src: 'https://news.example/b.jpg', alt: '' }], caption: [] },
      ],
      { images: false },
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('figure')).toHaveLength(1);
    expect(root.querySelector('figcaption')?.textContent).toBe('説明');
  });

  it('shifts heading levels and lets the caller render text runs', () => {
    const root = show([{ type: 'heading', level: 1, children: [text('9月')] }], {
      headingOffset: 1,
      renderText: (value) => <span class="marked">{value}</span>,
    });
    expect(root.querySelector('h1')).toBeNull();
    expect(root.querySelector('h2 > span.marked')?.textContent).toBe('9月');
  });

  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['mailto:desk@a.example', 'mailto:desk@a.example'],
    ['javascript:void(0)', null],
    ['data:text/html,<b>', null],
    ['/relative', null],
  ])('safeLinkHref(%s) is %s', (href, expected) => {
    expect(safeLinkHref(href)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1/images/a.svg', 'http://127.0.0.1/images/a.svg'],
    ['data:image/gif;base64,R0lGOD', 'data:image/gif;base64,R0lGOD'],
    ['data:text/html,x', null],
    ['javascript:alert(1)', null],
  ])('safeImageSrc(%s) is %s', (src, expected) => {
    expect(safeImageSrc(src)).toBe(expected);
  });
});
