import { describe, expect, it } from 'vitest';
import { domText } from './dom-text';

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test input written here, not page content in an extension page
  return doc.body;
}

describe('domText', () => {
  it('separates block elements with a blank line instead of gluing words', () => {
    expect(domText(body('<p>a</p><p>b</p>'))).toBe('a\n\nb');
  });
  it('keeps inline elements inside one line and collapses spaces', () => {
    expect(domText(body('<p>one <b>two</b>   <a href="#">three</a></p>'))).toBe('one two three');
  });
  it('breaks lines at <br>, skips scripts and styles, separates table cells', () => {
    expect(domText(body('<div>x<br>y<script>bad()</script><style>.a{}</style></div><table><tr><td>c1</td><td>c2</td></tr></table>'))).toBe('x\ny\n\nc1 c2');
  });
  it('keeps whitespace inside <pre>', () => {
    expect(domText(body('<pre>a  b\nc</pre>'))).toBe('a  b\nc');
  });
});
