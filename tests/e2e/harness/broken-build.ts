import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A copy of a build whose declared content scripts throw at once, so a test can prove it notices
 * a broken content script (a test that cannot fail proves nothing). Returns the copy's folder.
 */
export function copyWithBrokenContentScripts(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const scripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  if (scripts.length === 0) throw new Error(`${buildDir}/manifest.json declares no content scripts`);
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kiji-broken-build-'));
  cpSync(buildDir, copy, { recursive: true });
  for (const script of scripts) {
    writeFileSync(path.join(copy, script), 'throw new Error("Kiji e2e: content script deliberately broken");\n');
  }
  return copy;
}
