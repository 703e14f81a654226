import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extract } from './extract';
import { findQuotes } from './quotes';

const speakers = (text: string, lang: string) => findQuotes(text, lang, { all: true }).map((q) => q.speaker);

// Each attribution pattern, one sentence each (own sentences, not bench text).
describe('attribution patterns', () => {
  it.each([
    ['en', 'said X', '“We will rebuild the bridge before winter,” said Jane Doe.', ['Jane Doe']],
    ['en', 'X said', '“We will rebuild the bridge before winter,” Jane Doe said.', ['Jane Doe']],
    ['en', 'X, apposition, said', '“We will rebuild the bridge before winter,” Jane Doe, the mayor, said.', ['Jane Doe']],
    ['en', 'X said:', 'Jane Doe said: “We will rebuild the bridge before winter.”', ['Jane Doe']],
    ['en', 'X told Y', '“We will rebuild the bridge before winter,” Jane Doe told reporters.', ['Jane Doe']],
    ['en', 'according to X', 'According to Jane Doe, “the bridge will be rebuilt before winter.”', []],
    ['en', 'according to X (statement)', 'According to Jane Doe, “The bridge will be rebuilt before winter.”', ['Jane Doe']],
    ['en', 'interrupted', '“The bridge,” Jane Doe said, “will be rebuilt before winter.”', ['Jane Doe']],
    ['ja', 'Xは「…」と述べた', '田中一郎外相は、「日本は対話を続ける用意がある」と述べた。', ['田中一郎']],
    ['ja', '「…」とXは語った', '「日本は対話を続ける用意がある」と田中一郎外相は記者団に語った。', ['田中一郎']],
    ['ja', '付け加えた', '「日本は対話を続ける用意がある」と田中外相は付け加えた。', ['田中']],
    ['ja', '明らかにした', '「新しい工場を来年に稼働させる予定だ」と山本社長は明らかにした。', ['山本']],
    ['ja', '話した', '「新しい工場を来年に稼働させる予定だ」と山本社長は話した。', ['山本']],
    ['ja', 'Xによると', '山田花子教授によると、「交渉は来月にも再開される見通しだ」という。', ['山田花子']],
    ['zh', '“…”，X说', '“我们不会接受任何形式的单边制裁，”王毅说。', ['王毅']],
    ['zh', 'X表示：“…”', '外交部发言人王毅表示：“中方愿意与各方保持密切沟通。”', ['王毅']],
    ['zh', '据X介绍', '据李明介绍，“新的港口将于明年正式投入使用。”', ['李明']],
    ['ko', 'X는 "…"라고 말했다', '김민수 교수는 "북한과 러시아의 협력은 더 강화될 것"이라고 말했다.', ['김민수']],
    ['ko', '"…"라고 X는 밝혔다', '"협상은 다음 달에 재개될 예정이다"라고 이민호 장관은 밝혔다.', ['이민호']],
    ['ko', 'short statement', '김민수 교수는 "물가는 더 오를 것"이라고 말했다.', ['김민수']],
    ['ko', 'X에 따르면', '정부 관계자에 따르면, "협상은 다음 달 재개될 예정이다."', ['정부 관계자']],
    ['de', '„…“, sagte X', '„Wir werden die Brücke noch vor dem Winter bauen“, sagte Anna Müller.', ['Anna Müller']],
    ['de', 'X sagte: „…“', 'Anna Müller sagte: „Wir werden die Brücke noch vor dem Winter bauen.“', ['Anna Müller']],
    ['de', 'laut X', 'Laut Klaus Weber: „Die Schiffe werden zwei Tage verspätet sein.“', ['Klaus Weber']],
    ['fr', '« … », a déclaré X', '« Nous allons reconstruire le pont avant l’hiver », a déclaré Marie Dupont.', ['Marie Dupont']],
    ['fr', 'X a déclaré : « … »', 'Marie Dupont a déclaré : « Nous allons reconstruire le pont avant l’hiver. »', ['Marie Dupont']],
    ['fr', 'selon X', 'Selon Pierre Martin, « Les navires auront deux jours de retard. »', ['Pierre Martin']],
    ['es', '"…", dijo X', '“Vamos a reconstruir el puente antes del invierno”, dijo Ana García.', ['Ana García']],
    ['es', 'X dijo: "…"', 'Ana García dijo: “Vamos a reconstruir el puente antes del invierno.”', ['Ana García']],
    ['es', 'según X', 'Según Pedro López, “Los barcos llegarán con dos días de retraso.”', ['Pedro López']],
    ['ru', '«…», — сказал X', '«Мы восстановим мост до начала зимы», — сказал Иван Петров.', ['Иван Петров']],
    ['ru', 'X заявил: «…»', 'Иван Петров заявил: «Мы восстановим мост до начала зимы».', ['Иван Петров']],
  ])('%s %s', (lang, _pattern, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});

// Pronouns and short references resolve to the nearest fitting person, gender-aware.
describe('pronoun and short-reference resolution', () => {
  it.each([
    ['en', 'Mrs. Jane Doe said the storm was over. Mr. John Roe said the port was closed.\n\n“We expect the ships back on Friday,” she said.', ['Jane Doe']],
    ['en', 'Port spokesman Tom Hill said the harbour was closed.\n\n“We expect the ships back on Friday,” the spokesman said.', ['Tom Hill']],
    ['en', '“We expect the ships back on Friday,” Tom Hill said.\n\n“The storm has passed and the crews are ready,” Hill added.', ['Tom Hill', 'Tom Hill']],
    [
      'ja',
      '佐藤美香教授は、「物価はさらに上がるだろう」と述べた。\n\n「賃金が追いつくには時間がかかる」と彼女は付け加えた。\n\n鈴木健太アナリストは、「景気は緩やかに回復している最中だ」と述べた。\n\n「企業の投資意欲は強いままだ」と彼は語った。\n\n「家計の負担は当面続く見込みだ」と彼女は話した。',
      ['佐藤美香', '佐藤美香', '鈴木健太', '鈴木健太', '佐藤美香'],
    ],
    ['ja', 'チョ・ハンボム(Cho Han-bum)上級研究員は、制裁は役立たないと述べた。\n\n「安保理は事実上無力化している」とチョ氏は語った。\n\n「協力は今後も止められない」と同氏は付け加えた。', ['チョ・ハンボム', 'チョ・ハンボム']],
    ['zh', '王丽教授说：“物价还会继续上涨。”\n\n“工资的增长需要更长的时间，”她补充说。', ['王丽', '王丽']],
    ['ko', '김민수 교수는 "물가는 내년에도 계속 더 오를 것으로 보인다"라고 말했다.\n\n"임금이 물가를 따라잡으려면 아직 시간이 더 걸린다"고 그는 덧붙였다.', ['김민수', '김민수']],
    ['de', '„Die Preise werden weiter steigen“, sagte Anna Müller.\n\n„Die Löhne brauchen länger, um aufzuholen“, sagte sie.', ['Anna Müller', 'Anna Müller']],
    ['fr', '« Les prix vont encore augmenter », a déclaré Marie Dupont.\n\n« Les salaires mettront du temps à suivre », a-t-elle ajouté.', ['Marie Dupont', 'Marie Dupont']],
    ['es', '“Los precios seguirán subiendo”, dijo Ana García.\n\n“Los salarios tardarán mucho tiempo en alcanzarlos”, afirmó ella.', ['Ana García', 'Ana García']],
    ['ru', '«Цены продолжат расти и в следующем году», — сказал Иван Петров.\n\n«Зарплатам понадобится много времени, чтобы догнать их», — добавил он.', ['Иван Петров', 'Иван Петров']],
  ])('%s: %#', (lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it('keeps the original-script name given in parentheses', () => {
    const text = 'チョ・ハンボム(Cho Han-bum)上級研究員は、制裁は役立たないと述べた。\n\n「安保理は事実上無力化している」とチョ氏は語った。';
    expect(findQuotes(text, 'ja')[0]).toMatchObject({ speaker: 'チョ・ハンボム', speakerOriginal: 'Cho Han-bum' });
  });
});

describe('key quotes', () => {
  it('prefers full statements over fragments and drops duplicates and unknown speakers', () => {
    const text = [
      '山田太郎教授は、景気が「心配はない」と述べた。',
      '「企業の投資意欲は強く、景気の回復は今後も続くだろう」と山田教授は語った。',
      '「企業の投資意欲は強く、景気の回復は今後も続くだろう」と山田教授は繰り返し語った。',
      '景気については様々な見方がある。',
      '「誰が言ったのか分からない長い引用文がここにある」',
    ].join('\n\n');
    const key = findQuotes(text, 'ja');
    expect(key.map((q) => [q.speaker, q.text])).toEqual([['山田太郎', '企業の投資意欲は強く、景気の回復は今後も続くだろう']]);
  });

  it('returns at most five, one per speaker first', () => {
    const names = ['Ann Lee', 'Bob Ray', 'Cy Twombly', 'Di Fox', 'Ed Moss', 'Flo Kent', 'Gus Hale'];
    const text = names.map((n, i) => `“Statement number ${i} is about the new harbour plan,” ${n} said.`).join('\n\nAn unrelated paragraph follows here.\n\n');
    const key = findQuotes(text, 'en');
    expect(key).toHaveLength(5);
    expect(new Set(key.map((q) => q.speaker)).size).toBe(5);
    expect(key.map((q) => q.start)).toEqual([...key.map((q) => q.start)].sort((a, b) => a - b));
  });

  it('all-quotes offsets point at the quotation in the text', () => {
    const text = 'Intro paragraph.\n\n“We will rebuild the bridge before winter,” said Jane Doe.';
    for (const q of findQuotes(text, 'en', { all: true })) {
      expect(text.slice(q.start, q.end)).toContain(q.text);
    }
  });
});

describe('seed sample page', () => {
  // Vitest runs from the repository root.
  const html = readFileSync('tests/fixtures/pages/ja-translated--news24-kim-putin/source.html', 'utf8');
  const url = /^<!--\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'http://127.0.0.1/news/';
  const { document, close } = parseHtml(html, url);
  const article = extract(document, new URL(url));
  close();

  it('finds every quotation with its speaker', () => {
    expect(article).not.toBeNull();
    const all = findQuotes(article!.text, 'ja', { all: true });
    expect(all.map((q) => q.speaker)).toEqual([
      'アドリアン・ワトソン',
      'アドリアン・ワトソン',
      'ソウル統一省の関係者',
      'パク・ウォンゴン',
      'チョ・ハンボム',
      'プーチン',
      'プーチン',
    ]);
    expect(all[1]!.text).toMatch(/^我々は/);
    expect(all[4]!.speakerOriginal).toBe('Cho Han-bum');
    expect(all[6]!.text).toBe('少なくとも今日はこんな感じだ。次に何が起こるか見てみよう');
    for (const q of all) expect(article!.text.slice(q.start, q.end)).toContain(q.text);
  });

  it('gives five key quotes, a speaker turn each, without the partial quotes', () => {
    const key = findQuotes(article!.text, 'ja');
    expect(key.map((q) => q.speaker)).toEqual(['アドリアン・ワトソン', 'ソウル統一省の関係者', 'パク・ウォンゴン', 'チョ・ハンボム', 'プーチン']);
    const texts = key.map((q) => q.text).join('\n');
    expect(texts).not.toMatch(/心配はない|示している|止められない/);
    expect(key[0]!.text).toContain('我々は');
    expect(key[4]!.text).toContain('次に何が起こるか');
  });
});
