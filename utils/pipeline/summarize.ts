import type { Summary } from './types';

// PLACEHOLDER (replaced by the summary work, issue 4): signature only.
export function summarize(input: { text: string; lang: string; keyPoints: string[] }, options: { bullets?: number } = {}): Summary {
  void options;
  return { bullets: [], keyPoints: input.keyPoints };
}
