import { defineWebExtConfig } from 'wxt';

// Headless machines have no display: never let `wxt` dev mode try to open a browser.
export default defineWebExtConfig({ disabled: true });
