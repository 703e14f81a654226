#!/usr/bin/env node
// `npm start`: build both targets, serve the sample article on 127.0.0.1 and open Chromium with
// Kiji loaded on it. Without a browser or a display, say so and print what the popup would show
// for the sample article (the real pipeline, run in Node).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { findBrowser } from './lib/browsers.mjs';
import { ROOT, runBin, section } from './lib/run.mjs';

const SAMPLE_SLUG = 'ja-translated--news24-kim-putin';
const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

section('building Chrome and Firefox');
for (const args of [['build'], ['build', '-b', 'firefox']]) {
  if ((await runBin('wxt', args)) !== 0) {
    console.error('build failed');
    process.exit(1);
  }
}

const { startFixtureServer } = await tsImport('../tests/e2e/harness/server.ts', import.meta.url);
const server = await startFixtureServer();
const sampleUrl = server.pageUrl(SAMPLE_SLUG);
const browser = findBrowser('chromium');

/** A browser that dies this soon after launch could not open a window (e.g. a stale $DISPLAY). */
const EARLY_EXIT_MS = 5_000;

async function printPopupPreview(why) {
  console.log(`\n${why}\nHere is what Kiji's popup shows for the sample article (${sampleUrl}):\n`);
  const { popupPreview } = await tsImport('./lib/popup-preview.ts', import.meta.url);
  console.log(popupPreview(path.join(ROOT, 'tests/fixtures/pages', SAMPLE_SLUG, 'source.html'), sampleUrl));
  console.log('\nBuilds: .output/chrome-mv3 and .output/firefox-mv2 (README: "Install the build").');
}

if (!browser || !hasDisplay) {
  await printPopupPreview(
    !browser
      ? 'No Chromium/Chrome found (looked at $CHROME_PATH, PATH and /usr/bin; Debian: apt-get install chromium).'
      : 'No display ($DISPLAY / $WAYLAND_DISPLAY unset), so no browser window can open.',
  );
  await server.close();
  process.exit(0);
}

section(`opening ${sampleUrl}`);
const profile = mkdtempSync(path.join(os.tmpdir(), 'kiji-start-'));
console.log(`Chromium: ${browser}\nProfile:  ${profile} (temporary)\n`);
console.log('Click the Kiji icon in the toolbar (pin it from the puzzle-piece menu). Press Ctrl+C to stop.');
console.log('Branded Google Chrome 137+ ignores --load-extension: load .output/chrome-mv3 from chrome://extensions instead.');
const startedAt = Date.now();
const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${CHROME_BUILD}`,
    `--load-extension=${CHROME_BUILD}`,
    '--no-first-run',
    '--no-default-browser-check',
    sampleUrl,
  ],
  { stdio: 'ignore' },
);
const stop = async () => {
  child.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('error', async (error) => {
  await printPopupPreview(`Chromium could not start: ${error.message}`);
  await stop();
});
child.on('exit', async (code) => {
  if (code !== 0 && Date.now() - startedAt < EARLY_EXIT_MS) {
    await printPopupPreview(`Chromium exited at once (code ${code}): probably no usable display.`);
  }
  await stop();
});
