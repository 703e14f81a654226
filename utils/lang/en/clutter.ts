import type { ClutterCues } from '../clutter-cues';

export const clutter: ClutterCues = {
  code: 'en',
  related: [
    'read more', // inline "Read more: <headline>" teaser inside wire stories
    'related', // "Related:" link boxes and paragraphs
    'related articles', // end-of-article teaser grids
    'related stories',
    'related content',
    'related posts', // WordPress related-posts plugins
    'read also',
    'see also', // "See also:" teaser lines
    'also read',
    'more articles', // theme blocks after the article (e.g. tagDiv "More articles")
    'more stories',
    'more from', // "More from <section>" rails
    'latest article', // sidebar "Latest article(s)" lists
    'latest articles',
    'latest news',
    'latest stories',
    'must read', // editor-pick rails
    'most read', // popularity rankings
    'most popular',
    'trending', // trending rails
    'trending now',
    'recommended', // recommendation widgets
    'recommended for you',
    'you may also like',
    'you might also like',
    'editor\'s picks',
    'top stories',
    'popular posts',
    'recent posts',
  ],
  ads: [
    'advertisement', // the label printed on ad slots ("- Advertisement -")
    'advert', // British ad-slot label
    'advertising',
    'ad', // one-word ad-slot label
    'ads',
    'sponsored', // native-ad labels
    'sponsored content',
    'paid content',
    'story continues below advertisement', // newspaper ad-break labels
    'article continues below advertisement',
    'continue reading below',
    'scroll to continue with content',
  ],
  prompts: [
    'share', // share-bar headings
    'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
    'tags', // tag lists under the article
    'topics',
    'previous article', 'next article', 'previous post', 'next post', // prev/next links
    'leave a comment', 'leave a reply', 'comments', 'join the conversation', 'add a comment', // comment sections
    'sign up for our newsletter', 'subscribe to our newsletter', 'newsletter', 'subscribe', // newsletter prompts
    'we use cookies', 'cookie policy', 'accept cookies', // cookie banners
    'follow us', // social follow boxes
    'print', 'email', // toolbar buttons
    'image source', 'getty images', // photo credit lines on their own
    'close', 'enlarge this image', // photo-viewer controls
  ],
  keyPoints: [
    'key points', // ABC-style key-point boxes
    'highlights',
    'story highlights', // CNN's former lead list
    'key takeaways',
    'takeaways',
    'in brief',
    'at a glance',
    'summary',
    'the big picture',
    'what you need to know',
  ],
};
