import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './marks';

const inners = (text: string) => findQuoteSpans(text).map((s) => s.inner);

describe('findQuoteSpans', () => {
  it.each([
    ['「日本語の引用」と述べた。', ['日本語の引用']],
    ['『二重かぎ』と書いた。', ['二重かぎ']],
    ['“Curly double,” he said.', ['Curly double,']],
    ['"Straight double," he said.', ['Straight double,']],
    ['‘Single curly,’ she said.', ['Single curly,']],
    ['« Guillemets », a-t-il dit.', ['Guillemets']],
    ['„Deutsche Anführung“, sagte er.', ['Deutsche Anführung']],
    ['《书名号》很重要。', ['书名号']],
    // A closing mark that does not match its opener (the seed sample's 「…”).
    ['「少なくとも今日はこんな感じだ。次に何が起こるか見てみよう”', ['少なくとも今日はこんな感じだ。次に何が起こるか見てみよう']],
    // Nested quotes stay inside the outer one.
    ['「彼は『無理だ』と言った」と語った。', ['彼は『無理だ』と言った']],
    ['“He told me ‘no way’ twice,” she said.', ['He told me ‘no way’ twice,']],
    // Apostrophes are not quote marks.
    ["It's the players' day, don’t worry.", []],
    // Two apostrophes stand for a double quote in some wire copy.
    ["''Tax reform is hard,'' said Mr. Burman.", ['Tax reform is hard,']],
  ])('%s', (text, expected) => {
    expect(inners(text)).toEqual(expected);
  });

  it('runs a quote opened at a paragraph start to the paragraph end when it is not closed there', () => {
    const text = '“The first paragraph of a long statement.\n\n“The second one ends it,” he said.';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => [s.inner, s.closed, s.line])).toEqual([
      ['The first paragraph of a long statement.', false, 0],
      ['The second one ends it,', true, 1],
    ]);
  });

  it('gives offsets into the whole text, marks included', () => {
    const text = 'Intro.\n\nShe said “yes” twice.';
    const [span] = findQuoteSpans(text);
    expect(text.slice(span!.start, span!.end)).toBe('“yes”');
  });

  it('runs the last quote left open in a paragraph to its end, and skips an earlier stray mark', () => {
    expect(findQuoteSpans('He said “this goes on').map((s) => [s.inner, s.closed])).toEqual([['this goes on', false]]);
    expect(inners('A stray “mark, and “a real one” here.')).toEqual(['a real one']);
  });
});
