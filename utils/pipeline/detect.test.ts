import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { detect } from './detect';

const zhParagraph = '连接西部三座城市的山区铁路十二日正式开通运营，沿线群众出行时间大幅缩短，当地居民纷纷前来体验。';
const enParagraph = 'The council voted on Tuesday to repair the old river bridge before winter, after engineers warned that the deck could not carry buses for another year.';

function run(head: string, body: string, url = 'https://www.example.com/news/2023/09/05/story/'): ReturnType<typeof detect> {
  const { document, close } = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, url);
  const d = detect(document, new URL(url));
  close();
  return d;
}

describe('detect', () => {
  it.each([
    ['JSON-LD NewsArticle inside @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle"}]}</script>', '', 'jsonld:NewsArticle'],
    ['JSON-LD BlogPosting in a top-level array', '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["BlogPosting"]}]</script>', '', 'jsonld:BlogPosting'],
    ['og:type=article with a published time', '<meta property="og:type" content="article"><meta property="article:published_time" content="2023-09-05T10:00:00Z">', '', 'og:type=article'],
    ['short Chinese paragraphs, no metadata (each under 140 characters)', '', `<div class="content">${`<p>${zhParagraph}</p>`.repeat(6)}</div>`, 'text:'],
    ['prose written as text and <br> in a table cell', '', `<table><tr><td>${`${enParagraph}<br><br>`.repeat(4)}</td></tr></table>`, 'text:'],
  ])('article: %s', (_case, head, body, reason) => {
    const d = run(head, body);
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
    expect(d.reasons.some((r) => r.startsWith(reason))).toBe(true);
  });

  it.each([
    ['schema.org Product', '<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script><meta property="og:type" content="product">', `<p>${enParagraph}</p>`.repeat(3)],
    ['teasers: each summary under its own linked heading', '', `<article><h2><a href="/a">A</a></h2><p>${enParagraph}</p></article>`.repeat(8)],
    ['an empty page', '', '<div>Home</div>'],
    ['a search URL with short results', '', `<ol>${`<li><a href="/x">Result</a><p>${enParagraph.slice(0, 90)}</p></li>`.repeat(6)}</ol>`, 'https://www.example.com/search?q=bridge'],
  ])('not an article: %s', (_case, head, body, url?: string) => {
    const d = run(head, body, url);
    expect(d.isArticle, d.reasons.join(' ')).toBe(false);
  });

  it('counts a CJK character as 2/3 of a word: a 138-character Chinese story with no metadata is an article', () => {
    const d = run('', `<div class="content">${`<p>${zhParagraph}</p>`.repeat(3)}</div>`);
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
  });

  it('samples paragraphs across the page when 120+ <p> of chrome come before the story', () => {
    const d = run('', `${'<p>Menu</p>'.repeat(130)}<div class="story">${`<p>${enParagraph}</p>`.repeat(6)}</div>`);
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
  });

  it('a short story that clearly outweighs each of many comments is not "scattered"', () => {
    const comment = `<ul><li><div><p>${enParagraph} The residents said they would come back to the meeting next week.</p></div></li></ul>`;
    const d = run('', `<main><div>${`<p>${enParagraph}</p>`.repeat(3)}</div></main>${comment.repeat(7)}`);
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
    expect(d.reasons.some((r) => r.startsWith('scattered'))).toBe(false);
  });

  it('many equal containers with no dominant one stay "scattered"', () => {
    const item = `<ul><li><div><p>${enParagraph}</p></div></li></ul>`;
    const d = run('', item.repeat(8));
    expect(d.isArticle, d.reasons.join(' ')).toBe(false);
  });

  it('reads og:type written with name= when no property= tag settles it', () => {
    const d = run('<meta name="viewport" content="width=device-width"><meta name="og:type" content="article">', '');
    expect(d.reasons).toContain('og:type=article');
  });

  it('stops sampling paragraphs once one container holds a long story', () => {
    const d = run('<meta property="og:type" content="article">', `<div class="story">${`<p>${enParagraph}</p>`.repeat(12)}</div>${`<p>${enParagraph}</p>`.repeat(20)}`, 'https://www.example.com/news/');
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContain('text-decisive');
  });

  it('a long story in one <article> is not outweighed by teaser <article>s beside it', () => {
    const story = `<article><div class="story">${`<p>${enParagraph}</p>`.repeat(10)}</div></article>`;
    const d = run('', `${story}${`<article><p>${enParagraph}</p></article>`.repeat(3)}`, 'https://www.example.com/');
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
    expect(d.reasons.some((r) => r.startsWith('article-elements'))).toBe(false);
  });

  it('stops at decisive metadata without measuring the body', () => {
    const d = run('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>', '');
    expect(d.reasons).toContain('metadata-decisive');
    expect(d.reasons.some((r) => r.startsWith('text:'))).toBe(false);
  });

  it('og:type=article on an article-shaped URL settles the page without the text check', () => {
    const d = run('<meta property="og:type" content="article">', '', 'https://www.example.com/news/a-river-bridge-reopens');
    expect(d.reasons).toEqual(['url:article', 'og:type=article', 'og-article-url', 'metadata-decisive']);
    expect(d.isArticle).toBe(true);
  });

  it('og:type=article alone, or with a negative JSON-LD type, still goes to the text check', () => {
    const alone = run('<meta property="og:type" content="article">', '', 'https://www.example.com/news/');
    expect(alone.reasons).not.toContain('og-article-url');
    expect(alone.isArticle).toBe(false);
    const list = run('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"ItemList"}</script>', '', 'https://www.example.com/news/best-river-bridges-of-europe');
    expect(list.reasons).not.toContain('og-article-url');
    expect(list.isArticle).toBe(false);
  });

  it('reads JSON-LD where it stands in <head>, so later tags are not read once it settles the page', () => {
    const d = run('<script type="application/ld+json">{"@context":"https://schema.org","@type" : ["https://schema.org/NewsArticle"]}</script><meta property="og:type" content="article">', '');
    expect(d.reasons).toEqual(['url:article', 'jsonld:NewsArticle', 'metadata-decisive']);
  });

  it('counts each JSON-LD cue once however many nodes repeat it', () => {
    const d = run('<script type="application/ld+json">{"@graph":[{"@type":"Product"},{"@type":"Offer"},{"@type":"Product"}]}</script>', '', 'https://www.example.com/');
    expect(d.reasons.filter((r) => r.startsWith('jsonld:'))).toEqual(['jsonld:Product']);
  });

  it('many small <div>s of menus and teasers are no evidence when no <div> container holds a story', () => {
    const teaser = `<div class="item"><h3><a href="/x">Headline</a></h3><div>${elMore}</div></div>`;
    const d = run('', `${nav}<div class="grid">${teaser.repeat(8)}</div>`, 'https://www.example.gr/');
    expect(d.reasons.some((r) => r.startsWith('teasers') || r.startsWith('scattered'))).toBe(false);
    expect(d.isArticle, d.reasons.join(' ')).toBe(false);
  });

  // Short stories of old portals with no metadata, the only prose of their page.
  const elLead = 'Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να επισκευάσει την παλιά γέφυρα του ποταμού πριν από τον χειμώνα, αφού οι μηχανικοί προειδοποίησαν ότι δεν αντέχει πια τα λεωφορεία.';
  const elMore = 'Οι εργασίες θα διαρκέσουν έξι εβδομάδες και η κυκλοφορία θα εκτρέπεται από τη νέα οδό, ενώ οι κάτοικοι της περιοχής θα ενημερώνονται κάθε εβδομάδα για την πρόοδο.';
  const nav = '<ul><li><a href="/">Αρχική</a></li><li><a href="/news">Ειδήσεις</a></li></ul>';

  it('a short story that is the page\'s only prose is an article (sole-story)', () => {
    const d = run('', `${nav}<div class="keimeno"><p>${elLead}</p><p>${elMore}</p></div>`, 'https://www.example.gr/');
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
    expect(d.reasons).toContain('sole-story');
  });

  it('a short text beside as much prose elsewhere is not a sole story', () => {
    const item = `<ul><li><div><p>${elMore}</p></div></li></ul>`;
    const d = run('', `${nav}<div class="keimeno"><p>${elLead}</p><p>${elMore}</p></div>${item.repeat(2)}`, 'https://www.example.gr/');
    expect(d.reasons).not.toContain('sole-story');
    expect(d.isArticle, d.reasons.join(' ')).toBe(false);
  });

  it('a one-paragraph story opened by the meta description is an article (description-lede)', () => {
    const d = run(`<meta name="description" content="${elLead}">`, `${nav}<div class="keimeno"><p>${elLead}</p></div>`, 'https://www.example.gr/');
    expect(d.isArticle, d.reasons.join(' ')).toBe(true);
    expect(d.reasons).toContain('description-lede');
  });

  it('a description made of the headline and then the lede quotes the lede (description-lede)', () => {
    const d = run(`<title>Η γέφυρα του ποταμού | Παράδειγμα</title><meta name="description" content="Η γέφυρα του ποταμού ${elLead}">`, `${nav}<div class="keimeno"><p>${elLead}</p></div>`, 'https://www.example.gr/');
    expect(d.reasons).toContain('description-lede');
  });

  it('a description that quotes a paragraph after text other than the headline gives no lede cue', () => {
    const d = run(`<title>Η γέφυρα του ποταμού | Φόρουμ</title><meta name="description" content="Καλησπέρα σε όλους, ${elLead}">`, `${nav}<div class="keimeno"><p>${elLead}</p></div>`, 'https://www.example.gr/');
    expect(d.reasons).not.toContain('description-lede');
  });

  it('reads a story written as bare <div> paragraphs only on a pre-responsive page (no viewport tag)', () => {
    const story = `<div class="text">${`<div>${elLead}</div><div>${elMore}</div>`.repeat(2)}</div>`;
    expect(run('', `${nav}${story}`, 'https://www.example.gr/').isArticle).toBe(true);
    expect(run('<meta name="viewport" content="width=device-width">', `${nav}${story}`, 'https://www.example.gr/').isArticle).toBe(false);
  });

  it.each([
    ['/2023/09/05/story', true], ['/news/20230905-story', true], ['/2019-12/x', true], ['/201913/x', false],
    ['/news/a-river-bridge-reopens', true], ['/news/a_river-bridge-reopens.html/', true], ['/news/river-bridge-reopens', false],
    ['/a-river-bridge-reopens.', false], ['/a--river-bridge-reopens', false], ['/story/12345678.shtml', true], ['/story/12345678/', false],
    ['/%E6%B2%B3-%E6%A1%A5-%E9%87%8D-%E5%BC%80', true], ['/about', false],
  ])('reads the article URL cue from the path: %s', (path, article) => {
    const d = run('', '', `https://www.example.com${path}?page=2#top`);
    expect(d.reasons.includes('url:article'), d.reasons.join(' ')).toBe(article);
  });

  it('reads meta keys and the JSON-LD script type in any letter case', () => {
    const d = run('<meta property="OG:Type" content="article"><meta property="Article:Published_Time" content="2023-09-05"><script type="Application/LD+JSON">{"@type":"NewsArticle"}</script>', '', 'https://www.example.com/');
    expect(d.reasons).toEqual(['og:type=article', 'article:published_time', 'jsonld:NewsArticle', 'metadata-decisive']);
  });

  it('a site-wide description that opens no paragraph gives no lede cue', () => {
    const d = run('<meta name="description" content="Όλες οι ειδήσεις της ημέρας από την Ελλάδα και τον κόσμο">', `${nav}<div class="keimeno"><p>${elLead}</p></div>`, 'https://www.example.gr/');
    expect(d.reasons).not.toContain('description-lede');
    expect(d.isArticle, d.reasons.join(' ')).toBe(false);
  });
});
