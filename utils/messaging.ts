// The one message protocol between Kiji's contexts. Names say who talks to whom:
//   contentToBackground.*  the always-on content script (content.ts) -> the background
//   extensionToContent.*   the popup or the background -> the on-demand article script of a tab
// Every receiver checks the sender with the guards below before acting.
import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import type { ReadResult } from './pipeline/types';

/** What the always-on content script learns from the cheap detector. */
export interface PageStatus {
  url: string;
  isArticle: boolean;
  score: number;
  /** Time detect() took on this page, for keeping it honest. */
  detectMs: number;
}

export interface ArticleScriptState {
  readerOpen: boolean;
  /** Where the script runs: the popup cannot always see the tab's URL (no "tabs" permission). */
  url: string;
}

export interface ProtocolMap {
  'contentToBackground.pageStatus'(status: PageStatus): void;
  /** Answers when the article script is already in the tab (so it is not injected twice). */
  'extensionToContent.ping'(): ArticleScriptState;
  /** Runs the full pipeline (cached per URL and bullet count); bullets come from the settings. */
  'extensionToContent.read'(): ReadResult;
  /** Opens the in-page reader, or closes it when open. */
  'extensionToContent.toggleReader'(): ArticleScriptState;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

export type Sender = ExtensionMessage['sender'];

/** A content script of one of our tabs: our extension id, a tab, and not one of our own pages. */
export function isContentScriptSender(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && sender.tab?.id != null && !(sender.url ?? '').startsWith(extensionOrigin);
}

/**
 * One of our own pages (popup, options, background). A popup opened as a tab (the tests'
 * popup.html?tabId=N) has a `tab` too, so the page URL decides, not the tab.
 */
export function isExtensionPageSender(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  // Firefox leaves `url` off messages from the background page; content scripts always carry a tab.
  if (sender.url == null) return sender.tab == null;
  return sender.url.startsWith(extensionOrigin);
}

export class UntrustedSenderError extends Error {
  constructor(type: string) {
    super(`Kiji: refused "${type}" from an unexpected sender`);
  }
}
