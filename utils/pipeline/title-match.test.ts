import { describe, expect, it } from 'vitest';
import { isSameTitle } from './title-match';

describe('isSameTitle', () => {
  it.each([
    ['合意へ向けて順調:北朝鮮の金正恩委員長、プーチン大統領と会談か?', '合意へ向けて順調：北朝鮮の金正恩委員長、プーチン大統領と会談か？', true],
    ['政府、経済対策を発表', '政府、経済対策を発表｜毎朝新聞', true],
    ['Officials meet again', 'Officials Meet Again - The Daily', true],
    ['中国经济增长放缓', '中国经济增长放缓 - 新华网', true],
    ['4 Things to Do in October', '4 Things to Do in October - Expert how-to for English Riders', true],
    ['Background', 'Officials meet again', false],
    ['News', 'Officials meet again | News', false],
    ['政府、経済対策を発表', '野党、対策を批判', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(isSameTitle(a, b)).toBe(same);
  });
});
