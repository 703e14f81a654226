import { describe, expect, it } from 'vitest';
import { speechCues } from '../../lang/speech';
import { People, reduceSpeaker } from './speaker';

describe('reduceSpeaker', () => {
  it.each([
    ['ja', 'ホワイトハウスの国家安全保障会議(NSC)報道官アドリアン・ワトソン', 'アドリアン・ワトソン', null],
    ['ja', '南北関係を担当するソウル統一省の関係者', 'ソウル統一省の関係者', null],
    ['ja', 'ソウルにある梨大のパク・ウォンゴン教授', 'パク・ウォンゴン', null],
    ['ja', '韓国統一研究院(Korea Institute for National Unification)のチョ・ハンボム(Cho Han-bum)上級研究員', 'チョ・ハンボム', 'Cho Han-bum'],
    ['ja', 'ロシアのプーチン大統領', 'プーチン', null],
    ['ja', '岸田文雄首相', '岸田文雄', null],
    ['ja', 'チョ氏', 'チョ', null],
    ['zh', '外交部发言人王毅', '王毅', null],
    ['zh', '李明教授', '李明', null],
    ['ko', '김민수 교수', '김민수', null],
    ['en', 'Homeland Security Secretary Jeh Johnson', 'Jeh Johnson', null],
    ['en', 'Sen. Claire McCaskill (D-Mo.)', 'Claire McCaskill', null],
    ['en', 'Mr. Obama', 'Obama', null],
    ['en', 'the spokesman', 'the spokesman', null],
    ['de', 'Bürgermeisterin Anna Müller', 'Anna Müller', null],
    ['fr', 'M. Pierre Martin', 'Pierre Martin', null],
  ])('%s: %s -> %s', (lang, phrase, name, original) => {
    const r = reduceSpeaker(phrase, speechCues(lang));
    expect(r?.name).toBe(name);
    expect(r?.original ?? null).toBe(original);
  });
});

describe('People', () => {
  it('resolves short forms to the full name met earlier', () => {
    const cues = speechCues('ja');
    const people = new People(cues);
    people.meet('チョ・ハンボム上級研究員', reduceSpeaker('チョ・ハンボム上級研究員', cues)!);
    expect(people.find('チョ')?.name).toBe('チョ・ハンボム');
    expect(people.resolve('同氏')?.name).toBe('チョ・ハンボム');
  });

  it('skips a person of the other gender for a gendered pronoun', () => {
    const cues = speechCues('en');
    const people = new People(cues);
    people.meet('Mrs. Jane Doe', reduceSpeaker('Mrs. Jane Doe', cues)!);
    people.meet('Mr. John Roe', reduceSpeaker('Mr. John Roe', cues)!);
    expect(people.resolve('she')?.name).toBe('Jane Doe');
    expect(people.resolve('he')?.name).toBe('John Roe');
    expect(people.resolve('they')).toBeNull();
    expect(people.resolve('Roe')).toBeUndefined();
  });

  it('resolves a role reference to the person introduced with that role', () => {
    const cues = speechCues('en');
    const people = new People(cues);
    people.meet('White House spokesperson Karine Jean-Pierre', reduceSpeaker('White House spokesperson Karine Jean-Pierre', cues)!);
    people.meet('Senator Bob Smith', reduceSpeaker('Senator Bob Smith', cues)!);
    expect(people.resolve('the spokesperson')?.name).toBe('Karine Jean-Pierre');
  });
});
