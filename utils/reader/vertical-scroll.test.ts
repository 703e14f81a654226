import { describe, expect, it } from 'vitest';
import { ARROW_KEY_PX, horizontalScrollForKey, horizontalScrollForWheel, PAGE_KEY_OVERLAP, WHEEL_LINE_PX } from './vertical-scroll';

const wheel = (deltaY: number, extra: Partial<{ deltaX: number; deltaMode: number; ctrlKey: boolean }> = {}) => ({
  deltaX: 0,
  deltaMode: 0,
  ctrlKey: false,
  deltaY,
  ...extra,
});

describe('horizontalScrollForWheel', () => {
  it('turns wheel down into a move to the next column on the left', () => {
    expect(horizontalScrollForWheel(wheel(100), 800)).toBe(-100);
    expect(horizontalScrollForWheel(wheel(-100), 800)).toBe(100);
  });

  it('scales line and page deltas', () => {
    expect(horizontalScrollForWheel(wheel(3, { deltaMode: 1 }), 800)).toBe(-3 * WHEEL_LINE_PX);
    expect(horizontalScrollForWheel(wheel(1, { deltaMode: 2 }), 800)).toBe(-800);
  });

  it('leaves sideways gestures and ctrl+wheel zoom alone', () => {
    expect(horizontalScrollForWheel(wheel(10, { deltaX: 40 }), 800)).toBeNull();
    expect(horizontalScrollForWheel(wheel(100, { ctrlKey: true }), 800)).toBeNull();
  });
});

describe('horizontalScrollForKey', () => {
  it.each([
    ['ArrowDown', false, -ARROW_KEY_PX],
    ['ArrowUp', false, ARROW_KEY_PX],
    ['PageDown', false, -1000 * PAGE_KEY_OVERLAP],
    ['PageUp', false, 1000 * PAGE_KEY_OVERLAP],
    [' ', false, -1000 * PAGE_KEY_OVERLAP],
    [' ', true, 1000 * PAGE_KEY_OVERLAP],
    ['ArrowLeft', false, null],
    ['Home', false, null],
    ['a', false, null],
  ])('%j (shift %s) scrolls by %s', (key, shift, expected) => {
    expect(horizontalScrollForKey(key, shift, 1000)).toBe(expected);
  });
});
