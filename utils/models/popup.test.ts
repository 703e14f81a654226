import { describe, expect, it, vi } from 'vitest';
import type { Article, ReadResult } from '../pipeline/types';
import { createPopupModel, type PopupDeps } from './popup';
import { fakePopupDeps } from './popup-fakes';

const article = { title: 'T', blocks: [], keyPoints: [] } as unknown as Article;

function result(isArticle: boolean, withArticle = true): ReadResult {
  return {
    detection: { isArticle, score: isArticle ? 80 : 5, reasons: [] },
    article: withArticle ? article : null,
    summary: { bullets: ['b'], keyPoints: [] },
    quotes: [],
    timings: { detectMs: 0, extractMs: 0, summaryMs: 0, quotesMs: 0 },
  };
}

function deps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return fakePopupDeps(() => result(true), { targetTab: async () => ({ id: 4, url: 'https://news.example/a' }), ...overrides });
}

describe('popup model', () => {
  it('starts working and shows an article', async () => {
    const model = createPopupModel(deps());
    expect(model.state.value.kind).toBe('working');
    await model.load();
    expect(model.state.value.kind).toBe('article');
  });

  it('shows not-article, then the article after "Read it anyway"', async () => {
    const model = createPopupModel(deps({ read: async () => result(false) }));
    await model.load();
    expect(model.state.value.kind).toBe('not-article');
    model.readAnyway();
    expect(model.state.value).toMatchObject({ kind: 'article', forced: true });
  });

  it('keeps not-article when there is no text to read anyway', async () => {
    const model = createPopupModel(deps({ read: async () => result(false, false) }));
    await model.load();
    model.readAnyway();
    expect(model.state.value.kind).toBe('not-article');
  });

  it('says restricted for browser pages without touching the tab', async () => {
    const prepare = vi.fn(async () => ({ readerOpen: false, url: 'https://news.example/a' }));
    const model = createPopupModel(deps({ targetTab: async () => ({ id: 1, url: 'chrome://version' }), prepare }));
    await model.load();
    expect(model.state.value).toEqual({ kind: 'restricted', reason: 'browser-page' });
    expect(prepare).not.toHaveBeenCalled();
  });

  it('says restricted when the URL is hidden and the browser refuses the script', async () => {
    const model = createPopupModel(deps({
      targetTab: async () => ({ id: 1 }),
      prepare: async () => { throw new Error('Cannot access contents of the page'); },
    }));
    await model.load();
    expect(model.state.value).toEqual({ kind: 'restricted', reason: 'unknown' });
  });

  it('reads a page with a hidden URL when the script gets in', async () => {
    const model = createPopupModel(deps({ targetTab: async () => ({ id: 1 }) }));
    await model.load();
    expect(model.state.value.kind).toBe('article');
  });

  it('says restricted when a hidden URL turns out to be a browser page the script got into', async () => {
    const model = createPopupModel(deps({
      targetTab: async () => ({ id: 1 }),
      prepare: async () => ({ readerOpen: false, url: 'about:blank' }),
    }));
    await model.load();
    expect(model.state.value).toEqual({ kind: 'restricted', reason: 'browser-page' });
  });

  it('asks for file access on file:// pages', async () => {
    const model = createPopupModel(deps({ targetTab: async () => ({ id: 1, url: 'file:///tmp/a.html' }) }));
    await model.load();
    expect(model.state.value).toEqual({ kind: 'restricted', reason: 'file-access' });
  });

  it.each([
    ['no tab', { targetTab: async () => null }, 'errorNoTab'],
    ['unreachable http page', { prepare: async () => { throw new Error('x'); } }, 'errorNoConnection'],
    ['pipeline failure', { read: async () => { throw new Error('boom'); } }, 'errorReading'],
  ] as const)('shows an error for %s', async (_name, override, message) => {
    const model = createPopupModel(deps(override as Partial<PopupDeps>));
    await model.load();
    expect(model.state.value).toEqual({ kind: 'error', message });
  });

  it('toggles the reader in the target tab and tracks its state', async () => {
    const toggleReader = vi.fn(async () => ({ readerOpen: true, url: 'https://news.example/a' }));
    const model = createPopupModel(deps({ prepare: async () => ({ readerOpen: false, url: 'https://news.example/a' }), toggleReader }));
    await model.load();
    expect(model.readerOpen.value).toBe(false);
    expect(await model.toggleReader()).toBe(true);
    expect(toggleReader).toHaveBeenCalledWith(4);
    expect(model.readerOpen.value).toBe(true);
  });

  it('reports copy success and failure', async () => {
    const ok = createPopupModel(deps());
    await ok.copy('x');
    expect(ok.copyStatus.value).toBe('copied');
    const failing = createPopupModel(deps({ copyText: async () => { throw new Error('denied'); } }));
    await failing.copy('x');
    expect(failing.copyStatus.value).toBe('failed');
  });
});
