import { describe, expect, it } from 'vitest';
import { parseHtml, withoutComments, withoutSvgRawText } from './parse-html';

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

  it('drops comments but keeps script and style bodies as they are', () => {
    const html = '<script><!-- if (a) x(); //--></script><p>a<!-- b -->c</p><style><!-- p{} --></style>';
    expect(withoutComments(html)).toBe('<script><!-- if (a) x(); //--></script><p>ac</p><style><!-- p{} --></style>');
  });

  it('runs no page script and resolves links against the URL', () => {
    const { document, close } = parseHtml('<script>document.title = "ran"</script><a href="/a">x</a>', 'https://e.example/p/1');
    expect(document.title).not.toBe('ran');
    expect(document.querySelector('a')?.href).toBe('https://e.example/a');
    close();
  });
});
