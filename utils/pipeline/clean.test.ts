// One small page of our own per clutter rule: the article prose stays, the clutter goes.
import { describe, expect, it } from 'vitest';
import { bodyOf, japaneseProse, prose } from './body-test-helpers';

const P = prose('the reform');

describe.each([
  ['removeNonContent: script and style', `<article>${P}<script>var leaked = "SCRIPT";</script><style>.x{content:"STYLE"}</style></article>`, ['SCRIPT', 'STYLE']],
  ['removeHidden: hidden attribute', `<article>${P}<div hidden>Hidden promo text</div></article>`, ['Hidden promo']],
  ['removeHidden: inline display:none', `<article>${P}<div style="display: none">Invisible teaser</div></article>`, ['Invisible teaser']],
  ['removeHidden: aria-hidden', `<article>${P}<div aria-hidden="true">Decorative label</div></article>`, ['Decorative label']],
  ['removeUnlikelyCandidates: <nav> and <aside>', `<nav><a href="/">Home</a><a href="/w">World news</a></nav><article>${P}</article><aside><p>Sidebar teaser about gardening.</p></aside>`, ['World news', 'gardening']],
  ['removeUnlikelyCandidates: comments by class', `<article>${P}</article><div class="comments"><p>Great article, thanks for posting this!</p></div>`, ['Great article']],
  ['removeUnlikelyCandidates: newsletter', `<article>${P}<div class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></div></article>`, ['morning briefing']],
  ['removeUnlikelyCandidates: cookie banner by role', `<article>${P}</article><div role="dialog"><p>This site uses cookies to improve your experience.</p></div>`, ['uses cookies']],
  ['removeUnlikelyCandidates: breadcrumbs', `<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div><article>${P}</article>`, ['Home']],
  ['removeUnlikelyCandidates: tag list', `<article>${P}<ul class="post-tags"><li><a href="/t/a">Economy</a></li><li><a href="/t/b">Politics</a></li></ul></article>`, ['Economy']],
  ['removeUnlikelyCandidates: ad slot by class', `<article>${P}<div class="ad-slot"><span>Shop the sale now</span></div></article>`, ['Shop the sale']],
  ['removeShareBars: share links without share classes', `<article>${P}<div class="x1"><a href="https://www.facebook.com/sharer/sharer.php?u=a">FB</a> <a href="https://twitter.com/intent/tweet?url=a">TW</a> <a href="mailto:?subject=a">Mail</a></div></article>`, ['FB', 'TW']],
  ['removeBylines: byline and date line', `<article><div class="byline">By Jane Doe</div><div class="dateline">May 5, 2024</div>${P}</article>`, ['Jane Doe', 'May 5']],
  ['removeLabelledBoxes: "Advertisement" label', `<article>${P}<div class="x2"><span>- Advertisement -</span></div>${P}</article>`, ['Advertisement']],
  ['removeLabelledBoxes: "Read more:" teaser', `<article>${P}<p><strong>Read more:</strong> <a href="/other">Another story about something else</a></p>${P}</article>`, ['Another story']],
  ['removeLabelledBoxes: 記事を読む box', `<article>${japaneseProse(6)}<div class="box"><span>記事を読む</span><a href="/x">別の記事の見出しがここに入る</a></div>${japaneseProse(6)}</article>`, ['記事を読む', '別の記事']],
  ['removeLabelledBoxes: 【関連記事】 list', `<article>${japaneseProse(6)}<div class="box2"><p>【関連記事】</p><ul><li><a href="/1">関連する記事その一の見出し</a></li><li><a href="/2">関連する記事その二の見出し</a></li></ul></div></article>`, ['関連記事', 'その一']],
  ['removeLabelledBoxes: 广告 and 相关阅读', `<article><p>${'经济数据显示，今年第一季度国内生产总值同比增长百分之五，消费和投资继续回升。'.repeat(3)}</p><div class="c"><span>广告</span></div><div class="d"><h3>相关阅读</h3><a href="/a">另一篇新闻的标题</a></div><p>${'专家表示，下一阶段仍需加大政策支持力度。'.repeat(3)}</p></article>`, ['广告', '相关阅读', '另一篇']],
  ['removeLabelledBoxes: 관련기사', `<article><p>${'정부는 화요일 새로운 경제 대책을 발표했다. 대책의 규모는 약 10조 원이다.'.repeat(3)}</p><div class="e"><strong>관련기사</strong><a href="/k">다른 기사 제목</a></div></article>`, ['관련기사', '다른 기사']],
  ['removeLabelledBoxes: "More articles" list', `<article>${P}</article><div class="blockwrap"><h4><span>More articles</span></h4><div><h3><a href="/1">First other headline here</a></h3><h3><a href="/2">Second other headline here</a></h3></div></div>`, ['More articles', 'First other']],
  ['removeLabelledBoxes: prev/next labels', `<article>${P}<div class="pn"><span>前の記事</span><a href="/p">前の記事の見出し</a></div></article>`, ['前の記事']],
  ['removeConditionally: link list inside the article', `<article>${P}<ul><li><a href="/1">Teaser one headline</a></li><li><a href="/2">Teaser two headline</a></li><li><a href="/3">Teaser three headline</a></li></ul></article>`, ['Teaser one']],
])('%s', (_rule, page, leaks) => {
  const { text } = bodyOf(page);
  it('keeps the article text', () => {
    expect(text.length).toBeGreaterThan(100);
  });
  it.each(leaks)('drops "%s"', (leak) => {
    expect(text).not.toContain(leak);
  });
});

describe('removeComments: a camelCase "Comm" class word', () => {
  // removeConditionally off, as in the short-article retry, where only removeComments stands in the way.
  const options = { disable: ['removeConditionally' as const] };
  it('drops a comment box named "articleCommBody" inside the article', () => {
    const page = `<article>${P}<div class="articleCommBody"><dl><dt><b>reader1</b> 12.03.2024, 11:21</dt><dd><p>I have lived here for twenty years, and it has never been this hard, but nobody in the office sees it.</p></dd></dl></div></article>`;
    const { text } = bodyOf(page, {}, options);
    expect(text).toContain('the reform');
    expect(text).not.toContain('twenty years');
  });
  it('keeps boxes named "eCommerce" or "Community"', () => {
    const page = `<div class="eCommerceNews">${P}</div><div class="CommunityNotes"><p>Residents, shop owners and teachers met on Monday evening to discuss the plan.</p></div>`;
    expect(bodyOf(page, {}, options).text).toContain('the reform');
  });
});

describe('label boxes never remove prose', () => {
  it('keeps a long paragraph that merely starts with a label word', () => {
    const page = `<article>${P}<p>Related: ${'the minister said the two issues were closely related, and that progress on one would help the other. '.repeat(3)}</p></article>`;
    expect(bodyOf(page).text).toContain('closely related');
  });
  it('keeps "PR" inside a sentence', () => {
    const page = `<article>${P}<p>The agency hired a <abbr>PR</abbr> firm to handle the launch, officials said, adding that it cost little.</p></article>`;
    expect(bodyOf(page).text).toContain('hired a PR firm');
  });
});

describe('extractKeyPoints', () => {
  it.each([
    ['a summary class', `<article><ul class="story-highlights"><li>The council approved the budget on Monday.</li><li>Taxes will not rise next year, officials said.</li></ul>${P}</article>`],
    ['a "Key points" heading', `<article><h3>Key points</h3><ul><li>The council approved the budget on Monday.</li><li>Taxes will not rise next year, officials said.</li></ul>${P}</article>`],
    ['an 「この記事のポイント」 heading', `<article><p>この記事のポイント</p><ul><li>The council approved the budget on Monday.</li><li>Taxes will not rise next year, officials said.</li></ul>${P}</article>`],
  ])('finds key points under %s and keeps them out of the body', (_what, page) => {
    const { keyPoints, text } = bodyOf(page);
    expect(keyPoints).toEqual(['The council approved the budget on Monday.', 'Taxes will not rise next year, officials said.']);
    expect(text).not.toContain('approved the budget');
    expect(text).not.toContain('Key points');
  });

  it('leaves a list in the middle of the article alone', () => {
    const page = `<article>${P}<ul class="summary"><li>The council approved the budget on Monday.</li><li>Taxes will not rise next year, officials said.</li></ul>${P}</article>`;
    const { keyPoints, text } = bodyOf(page);
    expect(keyPoints).toEqual([]);
    expect(text).toContain('approved the budget');
  });
});
