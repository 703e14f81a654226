// Everything under these folders is bundled into the extension, where Node's globals do not
// exist: one stray `process.env` in a pipeline stage turns every popup into an error page
// (it happened during development). Tests and CLI code may use Node freely.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLED_DIRS = ['entrypoints', 'components', 'utils'];
const NODE_ONLY = [
  { pattern: /\bprocess\.(?:env|argv|cwd|exit)\b/, why: 'process is Node-only' },
  { pattern: /\brequire\(/, why: 'require is CommonJS/Node-only' },
  { pattern: /from\s+['"]node:/, why: 'node: modules do not exist in browsers' },
  { pattern: /\b__dirname\b/, why: '__dirname is Node-only' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = BUNDLED_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

describe('bundled code is browser-safe', () => {
  it('finds the bundled sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses no Node-only globals', () => {
    const offences = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return NODE_ONLY.filter(({ pattern }) => pattern.test(source)).map(({ why }) => `${path.relative(ROOT, file)}: ${why}`);
    });
    expect(offences).toEqual([]);
  });
});
