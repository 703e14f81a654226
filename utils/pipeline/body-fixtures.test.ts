// Every page folder with an expected-body.json is a body-extraction regression (usually a bug the
// bench found, rebuilt as a small page of our own): what must and must not be in the body text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractBody } from './body';
import { blocksToText } from './blocks-text';
import type { Block } from './types';

interface ExpectedBody {
  title?: string;
  includes: string[];
  excludes: string[];
  images?: string[];
  keyPoints?: string[];
  /** Text that must appear exactly once (a repeated lede read once). */
  once?: string[];
}

const ROOT = 'tests/fixtures/pages';
const cases = readdirSync(ROOT)
  .filter((name) => existsSync(join(ROOT, name, 'expected-body.json')))
  .map((name) => [name, JSON.parse(readFileSync(join(ROOT, name, 'expected-body.json'), 'utf8')) as ExpectedBody] as const);

function images(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'figure' ? b.images.map((i) => i.src) : []));
}

describe.each(cases)('%s', (name, expected) => {
  const html = readFileSync(join(ROOT, name, 'source.html'), 'utf8');
  const url = /^<!--\s*(\S+)/.exec(html)?.[1] ?? 'https://example.com/';
  const { document, close } = parseHtml(html, url);
  const body = extractBody(document, new URL(url), { title: expected.title });
  close();
  const text = blocksToText(body.blocks);

  it.each(expected.includes)('keeps "%s"', (needle) => expect(text).toContain(needle));
  it.each(expected.excludes.length ? expected.excludes : ['\u0000'])('drops "%s"', (needle) => expect(text).not.toContain(needle));
  if (expected.once) it.each(expected.once)('reads "%s" once', (needle) => expect(text.split(needle).length - 1).toBe(1));
  if (expected.images) it('resolves the images', () => expect(images(body.blocks)).toEqual(expected.images));
  if (expected.keyPoints) it('finds the key points', () => expect(body.keyPoints).toEqual(expected.keyPoints));
});
