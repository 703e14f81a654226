import { describe, expect, it } from 'vitest';
import { blocksToText } from './blocks-text';
import type { Block } from './types';

const t = (text: string) => ({ type: 'text' as const, text });

describe('blocksToText', () => {
  it.each<[string, Block[], string]>([
    ['paragraphs separated by a blank line', [{ type: 'paragraph', children: [t('One.')] }, { type: 'paragraph', children: [t('Two.')] }], 'One.\n\nTwo.'],
    ['ruby as its base text', [{ type: 'paragraph', children: [{ type: 'ruby', base: '漢字', text: 'かんじ' }, t('です')] }], '漢字です'],
    ['br as a line break', [{ type: 'paragraph', children: [t('a'), { type: 'br' }, t('b')] }], 'a\nb'],
    ['list items one per line', [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [t('x')] }], [{ type: 'paragraph', children: [t('y')] }]] }], 'x\ny'],
    ['figures (captions included) as nothing', [{ type: 'paragraph', children: [t('a')] }, { type: 'figure', images: [{ src: 'https://a/b.jpg', alt: '' }], caption: [t('Cap')] }, { type: 'paragraph', children: [t('b')] }], 'a\n\nb'],
    ['table rows with tab-separated cells', [{ type: 'table', caption: [], rows: [[{ header: true, children: [t('A')] }, { header: true, children: [t('B')] }], [{ header: false, children: [t('1')] }, { header: false, children: [t('2')] }]] }], 'A\tB\n1\t2'],
    ['nested link and emphasis text', [{ type: 'heading', level: 2, children: [{ type: 'link', href: 'https://a/', children: [{ type: 'strong', children: [t('Bold')] }] }] }], 'Bold'],
    ['hr as nothing', [{ type: 'paragraph', children: [t('a')] }, { type: 'hr' }, { type: 'paragraph', children: [t('b')] }], 'a\n\nb'],
  ])('%s', (_what, blocks, expected) => {
    expect(blocksToText(blocks)).toBe(expected);
  });
});
