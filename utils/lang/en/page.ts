import type { PageCues } from '../page-cues';

export const page: PageCues = {
  code: 'en',
  // Brysbaert 2019 meta-analysis: English silent reading of non-fiction ~238 words/min.
  readingSpeed: { unit: 'words', perMinute: 238 },
  // "By Jane Doe", "Written by", "Posted by", "Words by", trailing "| Staff writer".
  bylineAffixes: [/^\s*(?:(?:written|posted|words|story|reported|text)\s+)?by[\s:]+/i, /\s*[,|]\s*(?:staff\s+(?:writer|reporter)|correspondent|reporter)\s*$/i],
  sourceLabels: ['source', 'original article', 'original story', 'originally published', 'read the original', 'via', 'translated from'],
  // Wire-service credits appended to titles: "(Reuters)", "(AP)".
  titleNoise: [/\s*[-–—]?\s*\((?:reuters|ap|afp|upi|bloomberg)\)\s*$/i],
  // English outlets end in News/Times/Post/Journal or a domain.
  siteNamePattern: /(?:\bnews|\btimes|\bpost|\btribune|\bherald|\bjournal|\bguardian|\bgazette|\bdaily|\bmagazine|\.com|\.org|\.net|\.co\.uk)$/i,
  months: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'said', 'by', 'at', 'from', 'his', 'have', 'are', 'this', 'be', 'has', 'which', 'an', 'they', 'were', 'not', 'but'],
};
