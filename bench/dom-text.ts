// Plain text of a DOM subtree with newlines around block elements, as innerText would give it.
// textContent would glue <p>a</p><p>b</p> into one token "ab" and distort every token metric
// (bench README, "Text serialisation matters"). happy-dom has no layout, so the block set is a table.

/** Elements rendered as blocks by default (HTML rendering spec, CSS display: block/list-item/table parts). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'OPTION', 'LISTING', 'PLAINTEXT', 'XMP',
]);
/** Table cells sit side by side: a space keeps their words apart without breaking the row. */
const CELL_TAGS = new Set(['TD', 'TH']);
/** Never rendered as text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function domText(root: Node): string {
  const parts: string[] = [];
  let last = '\n';
  const emit = (text: string): void => {
    if (!text) return;
    parts.push(text);
    last = text[text.length - 1]!;
  };
  /** Collapsed whitespace never doubles a space or starts a line. */
  const emitCollapsed = (text: string): void => emit(last === ' ' || last === '\n' ? text.replace(/^ /, '') : text);
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (inPre) emit(text);
      else emitCollapsed(text.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      emit('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) emit('\n');
    const pre = inPre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, pre);
    if (block) emit('\n');
    if (CELL_TAGS.has(tag)) emitCollapsed(' ');
  };
  walk(root, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ +$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
