import type { Quote } from './types';

// PLACEHOLDER (replaced by the quotes work, issue 4): signature only.
export function findQuotes(text: string, lang: string, options: { all?: boolean } = {}): Quote[] {
  void text; void lang; void options;
  return [];
}
