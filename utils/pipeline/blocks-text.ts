// Plain text of a block tree: one block per paragraph, blocks separated by a blank line. This is
// Article.text, which summaries and quote offsets index into, so it must be deterministic.
import type { Block, Inline } from './types';

export function inlinesToText(inlines: Inline[]): string {
  let out = '';
  for (const i of inlines) {
    switch (i.type) {
      case 'text':
        out += i.text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'ruby':
        // The base text is what is read; the reading (rt) is an aid, kept only in the block tree.
        out += i.base;
        break;
      default:
        out += inlinesToText(i.children);
    }
  }
  return out;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlinesToText(block.children).trim();
    case 'list':
      // One item per line: an item is one unit of the list, not a paragraph of its own.
      return block.items.map((item) => item.map(blockText).filter(Boolean).join('\n')).filter(Boolean).join('\n');
    case 'blockquote':
      return blocksToText(block.children);
    case 'figure':
      // Captions describe pictures, not the story: they stay in the block tree for the reader but
      // out of the text that summaries and quotes read (and that the benchmarks' truth excludes).
      return '';
    case 'table': {
      const rows = block.rows.map((row) => row.map((cell) => inlinesToText(cell.children).trim()).join('\t'));
      const caption = inlinesToText(block.caption).trim();
      return (caption ? [caption, ...rows] : rows).join('\n');
    }
    case 'pre':
      return block.text;
    case 'hr':
      return '';
  }
}

export function blocksToText(blocks: Block[]): string {
  return blocks.map(blockText).filter((t) => t.trim() !== '').join('\n\n');
}
