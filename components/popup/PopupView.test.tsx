import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createT } from '../../utils/i18n';
import { createPopupModel, type PopupDeps } from '../../utils/models/popup';
import { fakePopupDeps } from '../../utils/models/popup-fakes';
import type { Article, ReadResult } from '../../utils/pipeline/types';
import { PopupView } from './PopupView';

const article: Article = {
  title: '金正恩委員長、プーチン大統領と会談か',
  byline: null,
  siteName: 'News24',
  lang: 'ja',
  dir: 'ltr',
  publishedTime: '2023-09-05T09:00:00+09:00',
  url: 'https://news24.example/kim-putin',
  excerpt: null,
  leadImage: null,
  originalSource: { url: 'https://original.example/story', domain: 'original.example', label: '引用元へ' },
  keyPoints: ['金正恩はロシアを訪問する可能性が高い。'],
  blocks: [
    { type: 'paragraph', children: [{ type: 'text', text: '<b>本文</b>の段落。' }] },
    { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'link' }] }] },
  ],
  text: '',
  length: 1200,
  readingMinutes: 2.4,
};

const result = (isArticle: boolean): ReadResult => ({
  detection: { isArticle, score: 0, reasons: [] },
  article,
  summary: { bullets: ['要約その一。', '要約その二。'], keyPoints: article.keyPoints },
  quotes: [
    { text: '「武器交渉は活発に進んでいる」', speaker: 'ワトソン', speakerOriginal: 'Adrienne Watson', start: 0, end: 10 },
    { text: '「名前のない発言」', speaker: null, speakerOriginal: null, start: 20, end: 29 },
  ],
  timings: { detectMs: 0, extractMs: 0, summaryMs: 0, quotesMs: 0 },
});

function deps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return fakePopupDeps(() => result(true), overrides);
}

const t = createT('en', () => '');
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(model: ReturnType<typeof createPopupModel>, handlers: Partial<Record<'onToggleReader' | 'onCopy' | 'onOpenSettings', () => void>> = {}) {
  await act(async () => {
    render(
      <PopupView model={model} t={t} locale="en" images onToggleReader={() => {}} onCopy={() => {}} onOpenSettings={() => {}} {...handlers} />,
      root,
    );
    await model.load();
  });
  return root.querySelector<HTMLElement>('[data-testid=popup]')!;
}

const text = (el: Element, selector: string) => el.querySelector(selector)?.textContent ?? null;

describe('PopupView', () => {
  it('is never blank while working', () => {
    const model = createPopupModel(deps());
    render(<PopupView model={model} t={t} locale="en" images onToggleReader={() => {}} onCopy={() => {}} onOpenSettings={() => {}} />, root);
    const main = root.querySelector('[data-testid=popup]')!;
    expect(main.getAttribute('data-state')).toBe('working');
    expect(main.querySelector('[role=status]')?.textContent).toContain('Reading the page');
  });

  it('shows the article with facts, key points, summary, quotes and preview', async () => {
    const main = await show(createPopupModel(deps()));
    expect(main.getAttribute('data-state')).toBe('article');
    expect(text(main, '[data-testid=title]')).toBe(article.title);
    expect(text(main, '[data-testid=site]')).toBe('News24');
    expect(text(main, '[data-testid=date]')).toBe('Sep 5, 2023');
    expect(text(main, '[data-testid=reading-time]')).toBe('2 min read');
    expect(text(main, '[data-testid=language]')).toBe('Japanese');
    const original = main.querySelector<HTMLAnchorElement>('[data-testid=original-source]')!;
    expect(original.textContent).toBe('Original: original.example');
    expect(original.href).toBe('https://original.example/story');
    expect(original.rel).toContain('noopener');
    expect(main.querySelectorAll('[data-testid=key-points] li')).toHaveLength(1);
    expect(main.querySelectorAll('[data-testid=summary] li')).toHaveLength(2);
    const quotes = main.querySelectorAll('[data-testid=quote]');
    expect(quotes).toHaveLength(2);
    expect(text(quotes[0]!, '[data-testid=quote-speaker]')).toBe('ワトソン (Adrienne Watson)');
    expect(text(quotes[1]!, '[data-testid=quote-speaker]')).toBe('Unnamed speaker');
  });

  it('renders page text in the preview as text, never as markup, and drops unsafe links', async () => {
    const main = await show(createPopupModel(deps()));
    const preview = main.querySelector('[data-testid=reader-preview]')!;
    expect(preview.querySelector('b')).toBeNull();
    expect(preview.textContent).toContain('<b>本文</b>の段落。');
    expect(preview.querySelector('a')).toBeNull();
    expect(preview.getAttribute('tabindex')).toBe('0');
    expect(preview.getAttribute('lang')).toBe('ja');
  });

  it('offers "Read it anyway" on a non-article and then shows the article', async () => {
    const model = createPopupModel(deps({ read: async () => result(false) }));
    const main = await show(model);
    expect(main.getAttribute('data-state')).toBe('not-article');
    await act(() => main.querySelector<HTMLButtonElement>('[data-testid=read-anyway]')!.click());
    expect(root.querySelector('[data-testid=popup]')!.getAttribute('data-state')).toBe('article');
  });

  it.each([
    ['restricted', deps({ targetTab: async () => ({ id: 1, url: 'about:blank' }) }), "Kiji can't run on the browser's own pages"],
    ['error', deps({ read: async () => { throw new Error('x'); } }), 'Something went wrong'],
  ])('explains the %s state in words', async (state, fakeDeps, words) => {
    const main = await show(createPopupModel(fakeDeps));
    expect(main.getAttribute('data-state')).toBe(state);
    expect(text(main, '[data-testid=message]')).toContain(words);
  });

  it('wires the action buttons, all reachable as real buttons', async () => {
    const handlers = { onToggleReader: vi.fn(), onCopy: vi.fn(), onOpenSettings: vi.fn() };
    const main = await show(createPopupModel(deps()), handlers);
    for (const [id, handler] of [['toggle-reader', handlers.onToggleReader], ['copy-markdown', handlers.onCopy], ['open-settings', handlers.onOpenSettings]] as const) {
      const button = main.querySelector<HTMLButtonElement>(`[data-testid=${id}]`)!;
      expect(button.tagName).toBe('BUTTON');
      expect(button.textContent).not.toBe('');
      button.click();
      expect(handler).toHaveBeenCalledTimes(1);
    }
    expect(main.querySelector('[data-testid=toggle-reader]')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows Japanese labels when the interface is Japanese', async () => {
    const model = createPopupModel(deps());
    await act(async () => {
      render(<PopupView model={model} t={createT('ja', () => '')} locale="ja" images onToggleReader={() => {}} onCopy={() => {}} onOpenSettings={() => {}} />, root);
      await model.load();
    });
    expect(text(root, '[data-testid=reading-time]')).toBe('約2分で読めます');
    expect(text(root, '[data-testid=language]')).toBe('日本語');
    expect(text(root, '[data-testid=toggle-reader]')).toBe('リーダーモード');
  });
});
