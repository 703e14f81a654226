import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sampleArticle } from '../../components/reader/test-article';
import { DEFAULT_SETTINGS } from '../settings';
import { closeReader, isReaderOpen, openReader, updateReaderSettings } from './mount';

const SAMPLE_PAGE = resolve(process.cwd(), 'tests/fixtures/pages/ja-translated--news24-kim-putin/source.html');

/** Puts the sample article page into the test document, parsed inertly. */
function loadSamplePage(): void {
  const parsed = new DOMParser().parseFromString(readFileSync(SAMPLE_PAGE, 'utf8'), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const attr of Array.from(parsed.documentElement.attributes)) root.setAttribute(attr.name, attr.value);
  root.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}

const host = () => document.querySelector('kiji-reader');
const reader = () => host()?.shadowRoot?.querySelector<HTMLElement>('[data-testid=reader]') ?? null;
const flush = () => new Promise((done) => setTimeout(done, 20));
const pressKey = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

let ctx: ContentScriptContext;
beforeEach(() => {
  loadSamplePage();
  ctx = new ContentScriptContext('article');
});
afterEach(() => {
  closeReader();
  ctx.abort();
});

describe('openReader / closeReader', () => {
  it('mounts <kiji-reader> with an open shadow root holding the reader dialog', async () => {
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    expect(isReaderOpen()).toBe(true);
    expect(host()?.parentElement).toBe(document.documentElement);
    const dialog = reader();
    expect(dialog?.getAttribute('role')).toBe('dialog');
    expect(dialog?.getAttribute('aria-label')).toBe('Reader mode');
    expect(dialog?.querySelector('[data-testid=reader-title]')?.textContent).toContain('金正恩委員長');
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
  });

  it('restores the page exactly: same DOM string, scroll position and focus', async () => {
    const input = document.querySelector<HTMLInputElement>('input[type=email]')!;
    input.focus();
    window.scrollTo(0, 640);
    const before = document.documentElement.outerHTML;
    const scrollBefore = window.scrollY;

    const onClose = vi.fn();
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS, { onClose });
    await flush();
    expect(document.documentElement.outerHTML).not.toBe(before);
    expect(host()?.shadowRoot?.activeElement).not.toBeNull();

    expect(closeReader()).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(window.scrollY).toBe(scrollBefore);
    expect(document.activeElement).toBe(input);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(isReaderOpen()).toBe(false);
    expect(closeReader()).toBe(false);
  });

  it('keeps an existing style attribute on <html> byte-for-byte', async () => {
    document.documentElement.setAttribute('style', 'color:  red ;--x:1');
    const before = document.documentElement.outerHTML;
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    closeReader();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('closes on Esc wherever focus is, and not on other keys', async () => {
    const before = document.documentElement.outerHTML;
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    await flush();
    pressKey('a', reader()!);
    expect(isReaderOpen()).toBe(true);
    pressKey('Escape', reader()!);
    expect(isReaderOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);

    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    pressKey('Escape');
    expect(isReaderOpen()).toBe(false);
  });

  it('does not let keys typed in the reader reach the page', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    await flush();
    pressKey('j', reader()!);
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('closes from the toolbar button', async () => {
    const onClose = vi.fn();
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS, { onClose });
    reader()!.querySelector<HTMLButtonElement>('[data-testid=reader-close]')!.click();
    expect(isReaderOpen()).toBe(false);
    expect(host()).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('applies stored settings live and reports toolbar changes', async () => {
    const onSettingsChange = vi.fn();
    await openReader(ctx, sampleArticle(), { ...DEFAULT_SETTINGS, theme: 'light' }, { onSettingsChange });
    expect(reader()?.dataset.theme).toBe('light');
    expect(reader()?.dataset.writingMode).toBe('horizontal');

    updateReaderSettings({ ...DEFAULT_SETTINGS, theme: 'sepia', verticalWriting: 'auto' });
    await flush();
    expect(reader()?.dataset.theme).toBe('sepia');
    expect(reader()?.dataset.writingMode).toBe('vertical');
    expect(onSettingsChange).not.toHaveBeenCalled();

    reader()!.querySelector<HTMLButtonElement>('[data-testid=reader-theme-dark]')!.click();
    await flush();
    expect(reader()?.dataset.theme).toBe('dark');
    expect(onSettingsChange).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('speaks the interface language chosen in settings', async () => {
    await openReader(ctx, sampleArticle(), { ...DEFAULT_SETTINGS, uiLanguage: 'ja' });
    expect(reader()?.getAttribute('aria-label')).toBe('リーダーモード');
    expect(reader()?.querySelector('[data-testid=reader-close]')?.getAttribute('aria-label')).toBe('リーダーを閉じる (Esc)');
    expect(reader()?.querySelector('[data-testid=reader-reading-time]')?.textContent).toBe('1分で読めます');
    updateReaderSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await flush();
    expect(reader()?.getAttribute('aria-label')).toBe('Reader mode');
  });

  it('replaces the article in place when opened again', async () => {
    const vertical = { ...DEFAULT_SETTINGS, verticalWriting: 'auto' as const };
    await openReader(ctx, sampleArticle(), vertical);
    expect(reader()?.dataset.writingMode).toBe('vertical');
    await openReader(ctx, sampleArticle({ title: 'Second article', lang: 'en' }), vertical);
    await flush();
    expect(document.querySelectorAll('kiji-reader')).toHaveLength(1);
    expect(reader()?.querySelector('[data-testid=reader-title]')?.textContent).toBe('Second article');
    expect(reader()?.dataset.writingMode).toBe('horizontal');
    expect(reader()?.querySelector('[data-testid=reader-vertical]')).toBeNull();
  });

  it('closes and restores when the content script is invalidated', async () => {
    const before = document.documentElement.outerHTML;
    await openReader(ctx, sampleArticle(), DEFAULT_SETTINGS);
    ctx.abort();
    expect(isReaderOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
