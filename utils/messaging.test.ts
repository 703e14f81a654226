import { describe, expect, it } from 'vitest';
import { isContentScriptSender, isExtensionPageSender, type Sender } from './messaging';

const ID = 'kiji-id';
const ORIGIN = 'chrome-extension://kiji-id/';
const tab = { id: 7 } as NonNullable<Sender['tab']>;

const SENDERS: [name: string, sender: Sender, content: boolean, extension: boolean][] = [
  ['content script of a tab', { id: ID, tab, frameId: 0, url: 'https://news.example/a' }, true, false],
  ['popup', { id: ID, url: `${ORIGIN}popup.html` }, false, true],
  ['popup opened as a tab (tests)', { id: ID, tab, url: `${ORIGIN}popup.html?tabId=3` }, false, true],
  ['background without url (Firefox)', { id: ID }, false, true],
  ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, false, false],
  ['another extension in a tab', { id: 'other', tab, url: 'https://news.example/a' }, false, false],
  ['content script pretending to be a page of ours', { id: ID, tab, url: 'https://evil.example/chrome-extension://kiji-id/' }, true, false],
  ['page with no tab and a web url', { id: ID, url: 'https://news.example/' }, false, false],
];

describe('sender guards', () => {
  it.each(SENDERS)('%s', (_name, sender, content, extension) => {
    expect(isContentScriptSender(sender, ID, ORIGIN)).toBe(content);
    expect(isExtensionPageSender(sender, ID, ORIGIN)).toBe(extension);
  });
});
