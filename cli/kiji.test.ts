import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlFromComment } from './page-url';

const ROOT = join(__dirname, '..');
const SAMPLE = 'tests/fixtures/pages/ja-translated--news24-kim-putin/source.html';

function kiji(...args: string[]): { status: number | null; lines: Record<string, unknown>[]; stdout: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/kiji.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const lines = args.includes('--json') ? run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : [];
  return { status: run.status, lines, stdout: run.stdout };
}

// Each spawn costs seconds (tsx start-up + happy-dom), so the cases share three runs.
const SPAWN_TIMEOUT = 60_000;

describe('kiji read (spawned)', () => {
  it('prints one JSON line per file; bad files get {file, error}, the rest run, exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiji-cli-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'notes.txt'), 'just some words, no markup at all');
    const { status, lines } = kiji('read', join(dir, 'missing.html'), join(dir, 'empty.html'), join(dir, 'binary.html'), join(dir, 'notes.txt'), SAMPLE, '--json');
    expect(status).toBe(1);
    expect(lines.map((l) => typeof l.error === 'string')).toEqual([true, true, true, true, false]);
    const out = lines[4]!;
    expect(Object.keys(out).sort()).toEqual(['article', 'detection', 'file', 'isArticle', 'quotes', 'summary', 'timings']);
    expect(out.isArticle).toBe(true);
    const article = out.article as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual(['blocks', 'byline', 'dir', 'keyPoints', 'lang', 'originalSourceUrl', 'publishedTime', 'readingMinutes', 'siteName', 'text', 'title', 'url'].sort());
    expect(article.lang).toBe('ja');
    expect(article.originalSourceUrl).toMatch(/^https:\/\/www\.france24\.com\//);
    expect(Array.isArray(out.summary)).toBe(true);
    for (const q of out.quotes as Record<string, unknown>[]) expect(Object.keys(q).sort()).toEqual(['speaker', 'speakerOriginal', 'text']);
  }, SPAWN_TIMEOUT);

  it('adds quote offsets with --all-quotes and honours --bullets and --url', () => {
    const { status, lines } = kiji('read', SAMPLE, '--json', '--all-quotes', '--bullets', '5', '--url', 'https://news24.example.com/x/');
    expect(status).toBe(0);
    const out = lines[0]!;
    for (const q of out.quotes as Record<string, unknown>[]) expect(Object.keys(q).sort()).toEqual(['end', 'speaker', 'speakerOriginal', 'start', 'text']);
    expect((out.summary as string[]).length).toBeLessThanOrEqual(5);
    // --url replaces the address in the file's comment; the page's canonical link still wins.
    expect((out.article as { url: string }).url).toBe('http://127.0.0.1/news/2023/09/kim-jong-un-putin-summit/');
  }, SPAWN_TIMEOUT);

  it('prints a readable report without --json', () => {
    const { status, stdout } = kiji('read', SAMPLE);
    expect(status).toBe(0);
    expect(stdout).toContain('title: 合意へ向けて順調');
    expect(stdout).toContain('original: france24.com');
  }, SPAWN_TIMEOUT);
});

describe('urlFromComment', () => {
  it.each([
    ['<!-- https://example.com/a/b : note -->\n<html>', 'https://example.com/a/b'],
    ['\ufeff<!-- http://127.0.0.1/x -->', 'http://127.0.0.1/x'],
    ['<!-- just a note -->', null],
    ['<html><!-- https://example.com/late --></html>', null],
  ])('%s', (html, expected) => {
    expect(urlFromComment(html)).toBe(expected);
  });
});
