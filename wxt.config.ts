import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Oldest browsers Kiji supports, and the syntax target of the bundles, from one table (README:
 * "Minimum browser versions"). Chrome 107: the syntax baseline Vite lowers to (newer than every API
 * Kiji calls: MV3 service worker and scripting 88, Intl.Segmenter 87). Firefox 140: the first
 * release that reads data_collection_permissions (Android 142), after Intl.Segmenter (125).
 */
const MIN_VERSIONS = { chrome: 107, firefox: 140, firefoxAndroid: 142 };

// Auto-imports stay off: they once pulled Preact into the service worker (shared/docs/browser-testing.md).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // The e2e tests build into their own folder (KIJI_OUT_DIR=.output-e2e) so a build made meanwhile
  // for the browser or a zip cannot swap files under a running test.
  outDir: process.env.KIJI_OUT_DIR || '.output',
  // The Firefox sources zip is for reviewers rebuilding the add-on: local artefacts stay out.
  zip: { excludeSources: ['test-results/**', 'bench/results/**', 'coverage/**', '.output-e2e/**'] },
  vite: ({ browser }) => ({
    plugins: [preact()],
    build: { target: browser === 'firefox' ? `firefox${MIN_VERSIONS.firefox}` : `chrome${MIN_VERSIONS.chrome}` },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kiji@kiji-reader.example',
              strict_min_version: `${MIN_VERSIONS.firefox}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: `${MIN_VERSIONS.firefoxAndroid}.0` },
          },
        }
      : { minimum_chrome_version: String(MIN_VERSIONS.chrome) }),
  }),
});
