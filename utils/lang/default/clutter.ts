import type { ClutterCues } from '../clutter-cues';

// Language-neutral: brand names of share targets, alone on a share button.
export const clutter: ClutterCues = {
  code: 'default',
  // Related-link boxes, "more/latest/most read" rails, prev/next links.
  related: [],
  // Ad-slot labels.
  ads: ['ad', 'pr', 'ads'],
  // Share bars, tag lists, comments, newsletter and cookie prompts.
  prompts: ['facebook', 'twitter', 'x', 'line', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'email', 'e-mail', 'weibo', 'wechat', 'hatena', 'rss'],
  // Headings of publisher key-point lists.
  keyPoints: [],
  // "Found a typo? Select it and press Ctrl+Enter": the publisher's error-report notice, in any language.
  disclaimers: ['Ctrl+Enter', 'Ctrl-Enter', 'Ctrl + Enter'],
  creditLines: [
    // A copyright line of its own ("© 2012, Site.Ru, «Name»"): the site's footer, or a photo credit.
    /^©\s*\S.*$/u,
    // A line of web addresses only ("thinkstock.com thinkstock.com"): a photo credit.
    /^(?:[\w-]+\.)+[a-z]{2,}(?:\s+(?:[\w-]+\.)+[a-z]{2,})*$/iu,
  ],
};
