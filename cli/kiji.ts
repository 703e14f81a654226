import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from './parse-html';
import { urlFromComment } from './page-url';
import { runPipeline } from '../utils/pipeline/index';
import type { ReadResult } from '../utils/pipeline/types';

// Kiji on the command line: the same pipeline as the extension, over saved HTML files.
//   npm run --silent kiji -- read FILE... [--url URL] [--json] [--all-quotes] [--bullets N]
// With --json: one JSON object per file per line. Bad files print {file, error}, the rest still
// run, and the exit code is 1 at the end.

const USAGE = 'usage: kiji read FILE... [--url URL] [--json] [--all-quotes] [--bullets N]';
/** Bytes inspected to tell binary from text. */
const SNIFF_BYTES = 8192;
/** Any of these tags makes a file HTML; a text file without tags is not a page. */
const HTML_SNIFF = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|h[1-6]|table|ul|script)\b/i;

interface Options {
  files: string[];
  url: string | null;
  json: boolean;
  allQuotes: boolean;
  bullets: number;
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'read') return USAGE;
  const options: Options = { files: [], url: null, json: false, allQuotes: false, bullets: 3 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--all-quotes') options.allQuotes = true;
    else if (arg === '--url') {
      const v = rest[++i];
      if (!v) return '--url needs a value';
      try {
        options.url = new URL(v).href;
      } catch {
        return `--url: not a URL: ${v}`;
      }
    } else if (arg === '--bullets') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 20) return '--bullets needs a whole number from 1 to 20';
      options.bullets = n;
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : USAGE;
}

function readHtml(file: string): string {
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error('not a file');
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new Error('empty file');
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new Error('binary file, not HTML');
  const html = bytes.toString('utf8');
  if (!html.trim()) throw new Error('empty file');
  if (!HTML_SNIFF.test(html.slice(0, 200_000))) throw new Error('not HTML');
  return html;
}

function toJson(file: string, result: ReadResult, allQuotes: boolean): Record<string, unknown> {
  const a = result.article;
  return {
    file,
    isArticle: result.detection.isArticle,
    detection: { score: result.detection.score, reasons: result.detection.reasons },
    article: a && {
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      lang: a.lang,
      dir: a.dir,
      publishedTime: a.publishedTime,
      url: a.url,
      originalSourceUrl: a.originalSource?.url ?? null,
      keyPoints: a.keyPoints,
      readingMinutes: a.readingMinutes,
      text: a.text,
      blocks: a.blocks,
    },
    summary: result.summary.bullets,
    quotes: result.quotes.map((q) => (allQuotes ? { text: q.text, speaker: q.speaker, speakerOriginal: q.speakerOriginal, start: q.start, end: q.end } : { text: q.text, speaker: q.speaker, speakerOriginal: q.speakerOriginal })),
    timings: result.timings,
  };
}

function toReport(file: string, result: ReadResult): string {
  const a = result.article;
  const d = result.detection;
  const lines = [`# ${file}`, `article: ${d.isArticle ? 'yes' : 'no'} (score ${d.score}: ${d.reasons.join(', ')})`];
  if (!a) return [...lines, '(no text)'].join('\n');
  lines.push(
    `title: ${a.title}`,
    `site: ${a.siteName ?? '-'}   byline: ${a.byline ?? '-'}   published: ${a.publishedTime ?? '-'}`,
    `lang: ${a.lang} (${a.dir})   reading: ${a.readingMinutes} min   url: ${a.url}`,
  );
  if (a.originalSource) lines.push(`original: ${a.originalSource.domain} <${a.originalSource.url}> (${a.originalSource.label})`);
  if (a.keyPoints.length) lines.push('key points:', ...a.keyPoints.map((k) => `  • ${k}`));
  if (result.summary.bullets.length) lines.push('summary:', ...result.summary.bullets.map((b) => `  - ${b}`));
  if (result.quotes.length) lines.push('quotes:', ...result.quotes.map((q) => `  ${q.text} — ${q.speaker ?? '?'}${q.speakerOriginal ? ` (${q.speakerOriginal})` : ''}`));
  const t = result.timings;
  lines.push(`timings: detect ${t.detectMs.toFixed(2)} ms, extract ${t.extractMs.toFixed(1)} ms, summary ${t.summaryMs.toFixed(1)} ms, quotes ${t.quotesMs.toFixed(1)} ms`, '', a.text, '');
  return lines.join('\n');
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  let failed = false;
  for (const file of options.files) {
    try {
      const html = readHtml(file);
      const url = options.url ?? urlFromComment(html) ?? pathToFileURL(resolve(file)).href;
      const { document, close } = parseHtml(html, url);
      try {
        const result = runPipeline(document, new URL(url), { bullets: options.bullets, allQuotes: options.allQuotes });
        process.stdout.write(options.json ? `${JSON.stringify(toJson(file, result, options.allQuotes))}\n` : `${toReport(file, result)}\n`);
      } finally {
        close();
      }
    } catch (error) {
      failed = true;
      const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stdout.write(options.json ? `${JSON.stringify({ file, error: message })}\n` : `# ${file}\nerror: ${message}\n\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
