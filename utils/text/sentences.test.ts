import { describe, expect, it } from 'vitest';
import { eachSentence, splitLines, splitSentences } from './sentences';

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences repairs', () => {
  it.each([
    ['en', 'Then Mr. Smith and Dr. Jones left. They came back.', ['Then Mr. Smith and Dr. Jones left.', 'They came back.']],
    ['en', 'The U.S. President said no. Congress agreed.', ['The U.S. President said no.', 'Congress agreed.']],
    ['en', 'He met John F. Kennedy in Boston. It rained.', ['He met John F. Kennedy in Boston.', 'It rained.']],
    ['en', '“I will go. You stay,” he said. She left.', ['“I will go. You stay,” he said.', 'She left.']],
    ['de', 'Das sagte Dr. Weber am Montag. Dann ging er.', ['Das sagte Dr. Weber am Montag.', 'Dann ging er.']],
    // A quotation containing sentence ends is one sentence with its attribution.
    ['ja', '「失速しているのではない。失敗だ」とプーチンは語った。次の話題だ。', ['「失速しているのではない。失敗だ」とプーチンは語った。', '次の話題だ。']],
    // A 「 left at the end of the previous sentence moves to the sentence it opens.
    ['ja', '彼は述べた。「次に進む」と。', ['彼は述べた。', '「次に進む」と。']],
    // Japanese paragraphs (and captions) joined by spaces are separate sentences.
    ['ja', '入植地を建設してきた マイク・ポンペオ国務長官が見解を示した。', ['入植地を建設してきた', 'マイク・ポンペオ国務長官が見解を示した。']],
    // Mixed scripts: a romanised name in parentheses stays inside the sentence.
    ['ja', 'チョ・ハンボム(Cho Han-bum)上級研究員は述べた。制裁は効かない。', ['チョ・ハンボム(Cho Han-bum)上級研究員は述べた。', '制裁は効かない。']],
    ['zh', '他说：“我们不会接受。这是底线。”会议结束了。', ['他说：“我们不会接受。这是底线。”', '会议结束了。']],
    ['ru', '«Мы готовы. Ждём», — сказал он. Все ушли.', ['«Мы готовы. Ждём», — сказал он.', 'Все ушли.']],
  ])('%s: %s', (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('never lets a sentence cross a paragraph, and gives exact offsets', () => {
    const text = 'First paragraph. Second sentence.\n\n「未完の引用。\n\nNext paragraph.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.line)).toEqual([0, 0, 1, 2]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('bounds how far an unclosed quote mark can merge', () => {
    const text = '“' + Array.from({ length: 20 }, (_, i) => `Sentence ${i} here.`).join(' ');
    expect(splitSentences(text, 'en').length).toBeGreaterThan(1);
  });

  it('stays linear on a long text (segmented line by line)', () => {
    const para = 'The minister said the plan would be ready soon. Critics disagreed. ';
    const text = Array.from({ length: 400 }, () => para.repeat(3)).join('\n\n');
    const t0 = performance.now();
    const n = splitSentences(text, 'en').length;
    expect(n).toBe(400 * 6);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('splitLines', () => {
  it('keeps offsets and drops blank lines', () => {
    expect(splitLines('a\n\n b\n')).toEqual([{ text: 'a', start: 0 }, { text: ' b', start: 3 }]);
  });
});

describe('eachSentence', () => {
  it('splits lazily yet gives exactly the sentences splitSentences gives', () => {
    const text = 'Dr. Smith came. He left!\n\n“Go,” she said. Then rain.\nLast line here.';
    const first = eachSentence(text, 'en').next().value;
    const all = splitSentences(text, 'en');
    expect(first).toBe(all[0]);
    expect([...eachSentence(text, 'en')]).toEqual([...all]);
    expect(splitSentences(`${text} `, 'en').map((s) => s.text)).toEqual(all.map((s) => s.text));
    expect(Object.isFrozen(all)).toBe(true);
  });
});

describe('splitSentences in batches of lines', () => {
  // Lines are segmented together (joined by "\n") to save segmenter calls: each must split as on its own.
  it.each([
    ['en', ['He said so. She agreed.', '“Go now,” he said. Mr. Smith left.', 'A heading', '(AP) — It rained. The end.', 'U.S. officials met. They left']],
    ['ja', ['金正恩は会った。 プーチンは述べた。', '「行く」と述べた。「', '見出し']],
    ['el', ['Τι κάνετε; Καλά.', 'Ναι. Όχι.']],
  ])('%s: a text splits as its lines one by one', (lang, lines) => {
    const whole = splitSentences(lines.join('\n'), lang).map((s) => [s.text, s.line]);
    const oneByOne = lines.flatMap((line, i) => splitSentences(line, lang).map((s) => [s.text, i]));
    expect(whole).toEqual(oneByOne);
  });

  it('keeps offsets across batches of a long text', () => {
    const line = 'The council met on Tuesday. It voted, said Mr. Jones. ';
    const lines = Array.from({ length: 120 }, (_, i) => `Item ${i}: ${line}`);
    const text = lines.join('\n');
    const sentences = splitSentences(text, 'en');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.length).toBe(lines.reduce((n, l) => n + splitSentences(l, 'en').length, 0));
  });
});
