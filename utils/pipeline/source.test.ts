import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { findOriginalSource } from './source';

const PAGE = 'https://translated.example.jp/news/2023/09/article/';

function find(body: string, head = ''): ReturnType<typeof findOriginalSource> {
  const { document, close } = parseHtml(`<html><head>${head}</head><body><article><p>本文です。</p>${body}</article></body></html>`, PAGE);
  const found = findOriginalSource(document, new URL(PAGE));
  close();
  return found;
}

describe('findOriginalSource', () => {
  it.each([
    // [case, markup, expected domain, expected label]
    ['ja link text 引用元へ', '<p><a href="https://www.france24.com/en/a">引用元へ</a></p>', 'france24.com', '引用元へ'],
    ['ja label before the link 出典：', '<p>出典：<a href="https://www.bbc.com/news/a">BBC News</a></p>', 'bbc.com', '出典'],
    ['ja 原文', '<p><a href="https://apnews.com/article/x">原文</a></p>', 'apnews.com', '原文'],
    ['ja ソース in a wrapper span', '<p><span>ソース：</span><a href="https://www.reuters.com/world/x">Reuters</a></p>', 'reuters.com', 'ソース'],
    ['ja 元記事 with a particle', '<p><a href="https://edition.cnn.com/x">元記事はこちら</a></p>', 'edition.cnn.com', '元記事はこちら'],
    ['en Source:', '<p>Source: <a href="https://www.example-wire.com/x">Example Wire</a></p>', 'example-wire.com', 'source'],
    ['en Original article', '<p><a href="https://www.lemonde.fr/x">Original article</a></p>', 'lemonde.fr', 'Original article'],
    ['zh 来源', '<p>来源：<a href="https://www.example-daily.cn/x">西部日报</a></p>', 'example-daily.cn', '来源'],
    ['zh 原文链接', '<p><a href="https://www.example.com.tw/x">原文链接</a></p>', 'example.com.tw', '原文链接'],
    ['ko 출처', '<p>출처: <a href="https://www.example-news.kr/x">예시뉴스</a></p>', 'example-news.kr', '출처'],
    ['ko 원문보기', '<p><a href="https://www.example-news.kr/x">원문보기</a></p>', 'example-news.kr', '원문보기'],
    ['de Quelle', '<p>Quelle: <a href="https://www.spiegel.de/x">Der Spiegel</a></p>', 'spiegel.de', 'quelle'],
    ['es Fuente', '<p>Fuente: <a href="https://elpais.com/x">El País</a></p>', 'elpais.com', 'fuente'],
    ['fr Source', '<p>Source : <a href="https://www.lefigaro.fr/x">Le Figaro</a></p>', 'lefigaro.fr', 'source'],
    ['ru Источник', '<p>Источник: <a href="https://tass.ru/x">ТАСС</a></p>', 'tass.ru', 'источник'],
    // Hrefs without a scheme are only skipped when they are paths: a "//host" link is another site.
    ['en Source: protocol-relative link', '<p>Source: <a href=" //www.example-wire.com/x">Example Wire</a></p>', 'example-wire.com', 'source'],
    ['en Source: backslashed host', '<p>Source: <a href="\\\\www.example-wire.com/x">Example Wire</a></p>', 'example-wire.com', 'source'],
  ])('%s', (_case, body, domain, label) => {
    expect(find(body)).toMatchObject({ domain, label });
  });

  it('takes schema.org isBasedOn and translationOfWork first', () => {
    const ld = (key: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","${key}":{"@type":"NewsArticle","url":"https://www.afp.com/en/x"}}</script>`;
    expect(find('', ld('isBasedOn'))).toEqual({ url: 'https://www.afp.com/en/x', domain: 'afp.com', label: 'schema:isBasedOn' });
    expect(find('', ld('translationOfWork'))).toMatchObject({ domain: 'afp.com', label: 'schema:translationOfWork' });
  });

  it.each([
    ['hreflang alternates are translations of this page, not its source', '', '<link rel="alternate" hreflang="en" href="https://en.example.com/x">'],
    ['a same-site link labelled 出典 is not an original elsewhere', '<p>出典：<a href="/about/">当サイトについて</a></p>', ''],
    ['a relative path labelled Source stays on the site', '<p><a href="sources/list.html">Source</a></p>', ''],
    ['share buttons are not sources', '<p><a href="https://twitter.com/intent/tweet?url=x">ソース</a></p>', ''],
    ['"Source code" is not a source label', '<p><a href="https://github.com/example/site">Source code</a></p>', ''],
    ['an external link in prose without a label', '<p>As <a href="https://www.nature.com/x">a study</a> in Nature showed, it works.</p>', ''],
    ['photo credits in a figure caption', '<figure><img src="a.jpg"><figcaption>Source: <a href="https://www.gettyimages.com/x">Getty</a></figcaption></figure>', ''],
  ])('none: %s', (_case, body, head) => {
    expect(find(body, head)).toBeNull();
  });
});
