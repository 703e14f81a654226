import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { ElementIndex } from './dom';
import { note, type CleanContext } from './clean';

// A page of our own: nested boxes, a wide list (read as one list by the index), repeated tags.
const ITEMS = Array.from({ length: 40 }, (_, i) => `<li><a href="/n${i}">item ${i}</a></li>`).join('\n');
const PAGE = `<html><head><title>T</title><meta name="a" content="1"><base href="/x/"><link rel="canonical" href="/c"></head>
<body><header><h1>Site</h1><a href="/">home</a></header>
<article><h1>Headline</h1><p>One <a href="/a">link</a> <b>bold</b></p><div><p>Two</p><ul>${ITEMS}</ul></div></article>
<footer><p>Foot <a href="/f">f</a></p></footer></body></html>`;

describe('ElementIndex', () => {
  const { document } = parseHtml(PAGE, 'https://example.com/');
  const index = new ElementIndex(document);

  it('lists elements by tag in document order, as getElementsByTagName does', () => {
    for (const tag of ['meta', 'title', 'base', 'link', 'h1', 'p', 'a', 'li', 'article', 'script']) {
      expect(index.byTag(tag)).toEqual(Array.from(document.getElementsByTagName(tag)));
    }
  });

  it('finds the descendants of an element, all or by tag, and counts them', () => {
    for (const root of [document.body!, document.querySelector('article')!, document.querySelector('ul')!, document.querySelector('footer')!]) {
      expect(index.within(root)).toEqual(Array.from(root.getElementsByTagName('*')));
      expect(index.within(root, 'a')).toEqual(Array.from(root.getElementsByTagName('a')));
      expect(index.within(root, 'p')).toEqual(Array.from(root.getElementsByTagName('p')));
      expect(index.countWithin(root)).toBe(root.getElementsByTagName('*').length);
    }
  });

  it('falls back to the DOM for an element that is not in the document', () => {
    const detached = document.createElement('div');
    detached.innerHTML = '<p><a href="/z">z</a></p>';
    expect(index.within(detached, 'a')).toHaveLength(1);
    expect(index.countWithin(detached)).toBe(2);
  });
});

describe('note', () => {
  it('keeps at most 40 trail lines per stage, counting lines pushed directly too', () => {
    const ctx = { trail: ['removeHidden: pushed directly'] } as unknown as CleanContext;
    let described = 0;
    for (let i = 0; i < 50; i++) note(ctx, 'removeHidden', () => `box ${++described}`);
    note(ctx, 'removeComments', 'other stage');
    expect(ctx.trail.filter((l) => l.startsWith('removeHidden:'))).toHaveLength(40);
    expect(described).toBe(39);
    expect(ctx.trail.at(-1)).toBe('removeComments: other stage');
  });
});
