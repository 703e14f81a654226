// The shape of one language's boilerplate labels (BODY). Each language folder exports one of these
// from clutter.ts; utils/lang/clutter.ts is the registry. A label matches a short text that starts
// a box (after trimming punctuation such as "- Advertisement -", "【関連記事】", "Related:"), and the
// small box it starts is removed from the body.

export interface ClutterCues {
  /** BCP 47 primary tag ("default" for the language-neutral table). */
  code: string;
  /** Headings of related-link boxes and "more articles"/"latest"/"must read"/ranking lists. */
  related: string[];
  /** Advertisement labels that sit on ad slots. */
  ads: string[];
  /** Share bars, tag lists, prev/next links, comments, newsletter and cookie prompts. */
  prompts: string[];
  /** Headings that introduce a publisher's key-point list at the top of an article. */
  keyPoints: string[];
  /** Words (often transliterated) that name a comment section in class/id ("komentarze"), lower-case. */
  commentClasses?: string[];
  /** Phrases found only in publishers' disclaimer and copyright notices under an article
   * (「不代表本网观点」「未經授權，不得轉載」): a short block holding one is not article text. */
  disclaimers?: string[];
  /** Whole short lines that credit the reporter, editor or source (「記者王明／台北報導」「(责编：李华)」):
   * metadata, not article text. */
  creditLines?: RegExp[];
}
