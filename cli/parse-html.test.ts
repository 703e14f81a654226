import { describe, expect, it } from 'vitest';
import { parseHtml, withoutCodeBodies, withoutComments, withoutSvgRawText } from './parse-html';

describe('parseHtml', () => {
  it.each([
    ['<svg><defs><style>.a{fill:red}</style></defs><path d="M1"></path></svg>'],
    ['<svg><script>var a = 1;</script></svg>'],
    ['<svg viewBox="0 0 1 1"><STYLE type="text/css"></STYLE></svg>'],
  ])('keeps the text after an inline icon %s', (svg) => {
    const { document, close } = parseHtml(`<body><header>${svg}</header><p>after the icon</p></body>`, 'https://e.example/');
    expect(document.querySelector('p')?.textContent).toBe('after the icon');
    close();
  });

  it('leaves styles and scripts outside SVG alone', () => {
    const html = '<head><style>p{}</style><script>x()</script></head><svg><style>a{}</style></svg>';
    expect(withoutSvgRawText(html)).toBe('<head><style>p{}</style><script>x()</script></head><svg></svg>');
  });

  it.each([
    ["<h2>Title <!--a href='x'><img src='y'></a--></h2>"],
    ['<h2>Title <!--</b--></h2>'],
    ['<h2>Title <!-- old --!></h2>'],
  ])('keeps the text after a commented-out tag %s', (heading) => {
    const { document, close } = parseHtml(`<body>${heading}<p>after the comment</p></body>`, 'https://e.example/');
    expect(document.querySelector('h2')?.textContent).toBe('Title ');
    expect(document.querySelector('p')?.textContent).toBe('after the comment');
    close();
  });

  it.each([
    ['<div>counter <--COUNTER--></div>', 'counter <--COUNTER-->'],
    ['<div>I <3 it, a <-b, c <=d</div>', 'I <3 it, a <-b, c <=d'],
    ['<div>see below --> here</div>', 'see below --> here'],
  ])('reads a stray "<" or "-->" as text, as a browser does: %s', (html, text) => {
    const { document, close } = parseHtml(`<body>${html}<p>after</p></body>`, 'https://e.example/');
    expect(document.querySelector('div')?.textContent).toBe(text);
    expect(document.querySelector('p')?.textContent).toBe('after');
    close();
  });

  it('drops comments but keeps script and style bodies as they are', () => {
    const html = '<script><!-- if (a) x(); //--></script><p>a<!-- b -->c</p><style><!-- p{} --></style>';
    expect(withoutComments(html)).toBe('<script><!-- if (a) x(); //--></script><p>ac</p><style><!-- p{} --></style>');
  });

  it('keeps code between table rows out of the text', () => {
    const html = '<table><tr><script>var tip = "<b>";</script><style>td{}</style><td>cell text</td></tr></table>';
    const { document, close } = parseHtml(`<body>${html}</body>`, 'https://e.example/');
    expect(document.body.textContent).toBe('cell text');
    close();
  });

  it('empties script and style bodies but keeps JSON data blocks', () => {
    const html = '<script>x()</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><STYLE>p{}</STYLE>';
    expect(withoutCodeBodies(html)).toBe('<script></script><script type="application/ld+json">{"@type":"NewsArticle"}</script><STYLE></STYLE>');
  });

  it('leaves a script body holding "<!--" alone (a nested end tag may not end it there)', () => {
    const html = '<script><!-- document.write("<script src=a.js></script>"); //--></script>';
    expect(withoutCodeBodies(html)).toBe(html);
  });

  it('runs no page script and resolves links against the URL', () => {
    const { document, close } = parseHtml('<script>document.title = "ran"</script><a href="/a">x</a>', 'https://e.example/p/1');
    expect(document.title).not.toBe('ran');
    expect(document.querySelector('a')?.href).toBe('https://e.example/a');
    close();
  });
});
