import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, Block, Detection, ImageRef, Quote, Summary } from '../utils/pipeline/types';
import { domText } from './dom-text';

// The two systems under test, behind one shape. Kiji's modules are loaded at run time because the
// team builds them in parallel: the bench must run (and say what it used) whichever exist yet.

const PIPELINE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'pipeline');

type ExtractFn = (doc: Document, url: URL) => Article | null;
type ExtractBodyFn = (doc: Document, url: URL, hints?: { title?: string; lang?: string }) => { blocks: Block[]; keyPoints: string[]; leadImage: ImageRef | null; trail: string[] };
type BlocksToTextFn = (blocks: Block[]) => string;
type DetectFn = (doc: Document, url: URL) => Detection;
type SummarizeFn = (input: { text: string; lang: string; keyPoints: string[] }, options: { bullets?: number }) => Summary;
type FindQuotesFn = (text: string, lang: string, options: { all?: boolean }) => Quote[];

async function loadModule(name: string): Promise<Record<string, unknown> | null> {
  const file = resolve(PIPELINE, `${name}.ts`);
  if (!existsSync(file)) return null;
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    process.stderr.write(`bench: could not load utils/pipeline/${name}.ts: ${(error as Error).message}\n`);
    return null;
  }
}

export interface KijiOutput {
  title: string;
  text: string;
  lang: string | null;
}

export interface Kiji {
  /** Which entry point produced the body: "extract" (full pipeline) or "extractBody" (fallback). */
  mode: 'extract' | 'extractBody' | 'none';
  extract: ((doc: Document, url: URL) => KijiOutput | null) | null;
  detect: DetectFn | null;
  summarize: SummarizeFn | null;
  findQuotes: FindQuotesFn | null;
  notes: string[];
}

function fn<T>(mod: Record<string, unknown> | null, name: string): T | null {
  return mod && typeof mod[name] === 'function' ? (mod[name] as T) : null;
}

export async function loadKiji(): Promise<Kiji> {
  const notes: string[] = [];
  const extract = fn<ExtractFn>(await loadModule('extract'), 'extract');
  let mode: Kiji['mode'] = 'none';
  let run: Kiji['extract'] = null;
  if (extract) {
    mode = 'extract';
    run = (doc, url) => {
      const article = extract(doc, url);
      if (!article) return null;
      // The article as the reader shows it: the publisher's key points (lifted out of the body
      // into their own field) come first, then the body.
      const text = article.keyPoints.length ? `${article.keyPoints.join('\n\n')}\n\n${article.text}` : article.text;
      return { title: article.title, text, lang: article.lang };
    };
  } else {
    const extractBody = fn<ExtractBodyFn>(await loadModule('body'), 'extractBody');
    const blocksToText = fn<BlocksToTextFn>(await loadModule('blocks-text'), 'blocksToText');
    if (extractBody && blocksToText) {
      mode = 'extractBody';
      notes.push('utils/pipeline/extract.ts missing: Kiji body = extractBody + blocksToText, title = <title> text');
      run = (doc, url) => {
        const body = extractBody(doc, url);
        return { title: doc.title ?? '', text: blocksToText(body.blocks), lang: null };
      };
    } else {
      notes.push('no Kiji extractor yet (utils/pipeline/extract.ts and body.ts missing): Kiji body scores are empty');
    }
  }
  const detect = fn<DetectFn>(await loadModule('detect'), 'detect');
  if (!detect) notes.push('utils/pipeline/detect.ts missing: Kiji detection not measured');
  const summarize = fn<SummarizeFn>(await loadModule('summarize'), 'summarize');
  const findQuotes = fn<FindQuotesFn>(await loadModule('quotes'), 'findQuotes');
  return { mode, extract: run, detect, summarize, findQuotes, notes };
}

export interface ReadabilityOutput {
  title: string;
  text: string;
}

/** Readability mutates the document it is given: callers pass a document parsed for it alone. */
export function readabilityExtract(doc: Document): ReadabilityOutput | null {
  const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  if (!article || !article.content) return null;
  return { title: article.title ?? '', text: domText(article.content) };
}

export { isProbablyReaderable };
