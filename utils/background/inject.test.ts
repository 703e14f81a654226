import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_SCRIPT_FILE, ensureArticleScript } from './inject';

describe('ensureArticleScript', () => {
  it('does not inject when the script already answers', async () => {
    const injectFile = vi.fn();
    const state = await ensureArticleScript(2, { ping: async () => ({ readerOpen: true, url: 'https://news.example/a' }), injectFile });
    expect(state).toEqual({ readerOpen: true, url: 'https://news.example/a' });
    expect(injectFile).not.toHaveBeenCalled();
  });

  it('injects once when nothing answers, then pings again', async () => {
    let injected = false;
    const injectFile = vi.fn(async () => { injected = true; });
    const ping = vi.fn(async () => {
      if (!injected) throw new Error('No response');
      return { readerOpen: false, url: 'https://news.example/a' };
    });
    expect(await ensureArticleScript(2, { ping, injectFile })).toEqual({ readerOpen: false, url: 'https://news.example/a' });
    expect(injectFile).toHaveBeenCalledWith(2, ARTICLE_SCRIPT_FILE);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it('passes on the browser refusing the page', async () => {
    const refused = new Error('Cannot access a chrome:// URL');
    await expect(ensureArticleScript(2, {
      ping: async () => { throw new Error('No response'); },
      injectFile: async () => { throw refused; },
    })).rejects.toBe(refused);
  });
});
