import { describe, expect, it } from 'vitest';
import { splitTateChuYoko } from './tate-chu-yoko';

const upright = (text: string) => splitTateChuYoko(text).filter((p) => p.upright).map((p) => p.text);

describe('splitTateChuYoko', () => {
  it.each([
    ['2023年9月5日', ['9', '5']],
    ['7月に北朝鮮を訪れ', ['7']],
    ['3つの団体', ['3']],
    ['12月', ['12']],
    ['2022年にロシアに', []],
    ['1,204件', []],
    ['3.5%', []],
    ['G7サミット', []],
    ['AFPに語った', []],
    ['数字なし', []],
  ])('%s sets %j upright', (text, expected) => {
    expect(upright(text)).toEqual(expected);
  });

  it('keeps every character in order', () => {
    const text = '2023年9月5日、G7と3つの団体';
    expect(splitTateChuYoko(text).map((p) => p.text).join('')).toBe(text);
  });
});
