import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../utils/pipeline/types';
import { translateEnglish } from '../../utils/reader/messages';
import { createReaderState } from '../../utils/reader/state';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { Reader } from './Reader';
import { sampleArticle } from './test-article';

let host: HTMLElement;
const flush = () => new Promise((done) => setTimeout(done, 0));

function show(article: Article, settings: Partial<Settings> = {}, onClose = () => {}) {
  host = document.createElement('div');
  document.body.append(host);
  const state = createReaderState({ ...DEFAULT_SETTINGS, theme: 'light', ...settings }, { lang: article.lang, prefersDark: false });
  render(<Reader article={article} state={state} t={translateEnglish} locale="en-US" onClose={onClose} />, host);
  const root = host.querySelector<HTMLElement>('[data-testid=reader]')!;
  return { root, state };
}
const click = (root: HTMLElement, testId: string) => root.querySelector<HTMLElement>(`[data-testid=${testId}]`)!.click();

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Reader', () => {
  it('shows the header, key points and body of the article', () => {
    const { root } = show(sampleArticle());
    expect(root.querySelector('h1')?.textContent).toBe('合意へ向けて順調:北朝鮮の金正恩委員長、プーチン大統領と会談か?');
    expect(root.querySelector('[data-testid=reader-site]')?.textContent).toBe('News24');
    expect(root.querySelector('[data-testid=reader-byline]')?.textContent).toBe('News24編集部');
    expect(root.querySelector('[data-testid=reader-date]')?.textContent).toBe('September 5, 2023');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2023-09-05T10:32:00+09:00');
    expect(root.querySelector('[data-testid=reader-reading-time]')?.textContent).toBe('1 min read');
    const original = root.querySelector('[data-testid=reader-original]');
    expect(original?.textContent).toBe('Original: france24.com');
    expect(original?.getAttribute('href')).toMatch(/^https:\/\/www\.france24\.com\//);
    expect(original?.getAttribute('rel')).toContain('noopener');
    expect(root.querySelectorAll('[data-testid=reader-key-points] li')).toHaveLength(3);
    expect(root.querySelector('[data-testid=reader-body] ruby rt')?.textContent).toBe('キム・ジョンウン');
    // Body headings sit below the title.
    expect(root.querySelector('[data-testid=reader-body] h3')?.textContent).toBe('制裁の効果');
    // The lead image opens the body already: not shown twice.
    expect(root.querySelectorAll('img')).toHaveLength(1);
  });

  it('is a labelled dialog with the article language and direction on the article root', () => {
    const { root } = show(sampleArticle({ lang: 'ar', dir: 'rtl', title: 'عنوان' }));
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-modal')).toBe('true');
    const article = root.querySelector('article');
    expect(article?.getAttribute('lang')).toBe('ar');
    expect(article?.getAttribute('dir')).toBe('rtl');
    for (const button of Array.from(root.querySelectorAll('button'))) {
      expect(button.getAttribute('aria-label') || button.textContent?.trim(), button.outerHTML).toBeTruthy();
    }
  });

  it('sets the theme attribute and marks the pressed theme button', async () => {
    const { root } = show(sampleArticle());
    expect(root.dataset.theme).toBe('light');
    click(root, 'reader-theme-dark');
    await flush();
    expect(root.dataset.theme).toBe('dark');
    expect(root.querySelector('[data-testid=reader-theme-dark]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-testid=reader-theme-light]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('offers vertical writing for Japanese and sets short numbers upright in it', async () => {
    const { root } = show(sampleArticle());
    expect(root.dataset.writingMode).toBe('horizontal');
    expect(root.querySelector('.kr-tcy')).toBeNull();
    click(root, 'reader-vertical');
    await flush();
    expect(root.dataset.writingMode).toBe('vertical');
    const upright = Array.from(root.querySelectorAll('.kr-tcy')).map((el) => el.textContent);
    expect(upright).toContain('7');
    expect(upright).not.toContain('2022');
    expect(root.querySelector('[data-testid=reader-vertical]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('pages through vertical columns with the keyboard, leftwards', async () => {
    const { root } = show(sampleArticle(), { verticalWriting: 'on' });
    await flush();
    const scroller = root.querySelector<HTMLElement>('[data-testid=reader-scroller]')!;
    const scrollBy = vi.spyOn(scroller, 'scrollBy');
    scroller.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
    expect(scrollBy).toHaveBeenCalledTimes(1);
    expect((scrollBy.mock.calls[0]?.[0] as ScrollToOptions).left).toBeLessThanOrEqual(0);
    // In horizontal mode the browser's own vertical paging stays.
    click(root, 'reader-vertical');
    await flush();
    scroller.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });

  it('starts vertical for Japanese with auto, and never for English', () => {
    expect(show(sampleArticle(), { verticalWriting: 'auto' }).root.dataset.writingMode).toBe('vertical');
    render(null, host);
    host.remove();
    const english = show(sampleArticle({ lang: 'en', title: 'Kim to meet Putin' }), { verticalWriting: 'on' }).root;
    expect(english.dataset.writingMode).toBe('horizontal');
    expect(english.querySelector('[data-testid=reader-vertical]')).toBeNull();
  });

  it('applies font size, line width and font through custom properties', async () => {
    const { root } = show(sampleArticle(), { fontSize: 19, lineWidth: 36, fontFamily: 'serif' });
    expect(root.style.getPropertyValue('--kr-size')).toBe('19px');
    expect(root.style.getPropertyValue('--kr-measure')).toBe('36em');
    expect(root.style.getPropertyValue('--kr-font')).toContain('Mincho');
    click(root, 'reader-size-up');
    click(root, 'reader-width-down');
    await flush();
    expect(root.style.getPropertyValue('--kr-size')).toBe('20px');
    expect(root.style.getPropertyValue('--kr-measure')).toBe('32em');
  });

  it('turns images off and on', async () => {
    const { root } = show(sampleArticle());
    expect(root.querySelector('img')).not.toBeNull();
    click(root, 'reader-images');
    await flush();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid=reader-images]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('calls onClose from the close button', () => {
    const onClose = vi.fn();
    const { root } = show(sampleArticle(), {}, onClose);
    click(root, 'reader-close');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', () => {
    const { root } = show(sampleArticle());
    const close = root.querySelector<HTMLElement>('[data-testid=reader-close]')!;
    const links = root.querySelectorAll<HTMLElement>('a[href]');
    const last = links[links.length - 1]!;
    last.focus();
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(root.querySelector('[data-testid=reader-theme-light]'));
    root.querySelector<HTMLElement>('[data-testid=reader-theme-light]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }),
    );
    expect(document.activeElement).toBe(last);
    expect(close).toBeTruthy();
  });
});
