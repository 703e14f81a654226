import { browser } from 'wxt/browser';
import type { ActionApi } from './badge';

/** Chrome MV3 has browser.action; Firefox's MV2 build has browser.browserAction instead. */
export function toolbarAction(): ActionApi {
  return browser.action ?? browser.browserAction;
}
