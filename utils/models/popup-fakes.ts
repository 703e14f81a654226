import type { ReadResult } from '../pipeline/types';
import type { PopupDeps } from './popup';

/** A working set of popup dependencies for tests: an http(s) tab whose page reads as `read()`. */
export function fakePopupDeps(read: () => ReadResult, overrides: Partial<PopupDeps> = {}): PopupDeps {
  const url = 'https://news.example/a';
  return {
    targetTab: async () => ({ id: 1, url }),
    fileAccess: async () => false,
    prepare: async () => ({ readerOpen: false, url }),
    read: async () => read(),
    toggleReader: async () => ({ readerOpen: true, url }),
    copyText: async () => {},
    ...overrides,
  };
}
