// The popup's state as a signals model. Everything it needs from the browser comes in as deps,
// so tests drive it with fakes and the popup's App only wires real implementations.
import { computed, signal } from '@preact/signals';
import type { ArticleScriptState } from '../messaging';
import type { Article, ReadResult } from '../pipeline/types';
import { restrictionOf, type RestrictedReason } from '../restricted';

export type PopupErrorKey = 'errorNoTab' | 'errorNoConnection' | 'errorReading';

export type PopupState =
  | { kind: 'working' }
  | { kind: 'article'; result: ReadResult; article: Article; forced: boolean }
  | { kind: 'not-article'; result: ReadResult }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; message: PopupErrorKey };

export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface TargetTab {
  id: number;
  /** Hidden by the browser for pages Kiji has no access to. */
  url?: string;
}

export interface PopupDeps {
  targetTab(): Promise<TargetTab | null>;
  fileAccess(): Promise<boolean>;
  /** Makes sure the article script runs in the tab (injecting it if needed). */
  prepare(tabId: number): Promise<ArticleScriptState>;
  read(tabId: number): Promise<ReadResult>;
  toggleReader(tabId: number): Promise<ArticleScriptState>;
  copyText(text: string): Promise<void>;
}

/** What a finished reading means for the popup. */
export function stateOfResult(result: ReadResult): PopupState {
  return result.detection.isArticle && result.article
    ? { kind: 'article', result, article: result.article, forced: false }
    : { kind: 'not-article', result };
}

export function createPopupModel(deps: PopupDeps) {
  const state = signal<PopupState>({ kind: 'working' });
  const readerOpen = signal(false);
  const copyStatus = signal<CopyStatus>('idle');
  const busy = signal(false);
  let tabId: number | null = null;

  async function load(): Promise<void> {
    state.value = { kind: 'working' };
    const tab = await deps.targetTab().catch(() => null);
    if (!tab) {
      state.value = { kind: 'error', message: 'errorNoTab' };
      return;
    }
    tabId = tab.id;
    const restriction = restrictionOf(tab.url, { fileAccess: await deps.fileAccess().catch(() => false) });
    // A hidden URL ('unknown') may still be a page we can script: let the injection decide.
    if (restriction && restriction !== 'unknown') {
      state.value = { kind: 'restricted', reason: restriction };
      return;
    }
    let script: ArticleScriptState;
    try {
      script = await deps.prepare(tab.id);
    } catch {
      // The browser refused the script: with a hidden URL that is a protected page, otherwise
      // the tab is in a state we cannot reach (e.g. still loading, or crashed).
      state.value = restriction === 'unknown' ? { kind: 'restricted', reason: 'unknown' } : { kind: 'error', message: 'errorNoConnection' };
      return;
    }
    readerOpen.value = script.readerOpen;
    // A hidden URL is known now: Firefox lets scripts into about:blank, which is no page to read.
    const seen = restriction === 'unknown' ? restrictionOf(script.url, { fileAccess: true }) : null;
    if (seen) {
      state.value = { kind: 'restricted', reason: seen };
      return;
    }
    try {
      state.value = stateOfResult(await deps.read(tab.id));
    } catch {
      state.value = { kind: 'error', message: 'errorReading' };
    }
  }

  function readAnyway(): void {
    const current = state.value;
    if (current.kind !== 'not-article' || !current.result.article) return;
    state.value = { kind: 'article', result: current.result, article: current.result.article, forced: true };
  }

  async function toggleReader(): Promise<boolean> {
    if (tabId == null || busy.value) return false;
    busy.value = true;
    try {
      readerOpen.value = (await deps.toggleReader(tabId)).readerOpen;
      return true;
    } catch {
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function copy(text: string): Promise<void> {
    try {
      await deps.copyText(text);
      copyStatus.value = 'copied';
    } catch {
      copyStatus.value = 'failed';
    }
  }

  return {
    state,
    readerOpen,
    copyStatus,
    busy,
    kind: computed(() => state.value.kind),
    load,
    readAnyway,
    toggleReader,
    copy,
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
