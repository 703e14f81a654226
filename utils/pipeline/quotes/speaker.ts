// Speaker phrases cut down to a name, and the people met so far, so that pronouns and short
// references ("彼女", "チョ氏", "the spokesperson", "Smith") resolve to the nearest fitting person.
import type { SpeechCues } from '../../lang/speech';

export type Gender = 'm' | 'f' | null;

export interface Person {
  name: string;
  /** The name in its original script when the page gives it in parentheses ("Cho Han-bum"). */
  original: string | null;
  gender: Gender;
  /** The phrase it was first met in ("…報道官アドリアン・ワトソン"), for role references. */
  phrase: string;
}

export interface Speaker {
  name: string;
  original: string | null;
}

/** A katakana personal name written with a middle dot ("アドリアン・ワトソン"). */
const KATAKANA_NAME = /[\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+)+/gu;
/** Parenthesised text; a romanised name in it is the speaker's original-script name. */
const PARENS = /[(（]([^()（）]*)[)）]/gu;
/** Every part two letters or more, so a party code like "D-Mo." is not taken for a name. */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’]+(?:[\s-]+\p{Lu}?[\p{Ll}'’]+)+$/u;
/** A Japanese relative clause ending in a verb before the head noun ("南北関係を担当する" + "ソウル統一省の関係者"). */
const JA_RELATIVE_CLAUSE = /^.*(?:する|した|している|していた|である|いる|ある|れる|れた|なる|った|ない|(?<=\p{Script=Han}\p{Script=Hiragana}?)[うくすつぬむるぐぶた])(?=[\p{Script=Han}\p{Script=Katakana}\d])/u;
/** Leading words a spaced-language speaker phrase sometimes drags in. */
const SPACED_LEAD = /^(?:and|but|then|also|so|while|as|when|where|because|that|which)\s+/i;
const EDGE_PUNCT = /^[\s,、，:：;—–\-"“”「」]+|[\s,、，:：;—–\-"“”「」]+$/gu;
/** Person-ish evidence in a CJK phrase: a title or role after the name, or a dotted katakana name. */
const MAX_PEOPLE = 200;

function stripRepeated(s: string, re: RegExp): { text: string; stripped: boolean } {
  let text = s;
  let stripped = false;
  for (let k = 0; k < 4; k++) {
    const next = text.replace(re, '').trim();
    if (next === text || !next) break;
    text = next;
    stripped = true;
  }
  return { text, stripped };
}

export interface Reduced extends Speaker {
  /** True when the phrase is evidently a person (a title, a dotted name, two capitalised words). */
  person: boolean;
}

function reduceCjk(phrase: string, cues: SpeechCues): Reduced | null {
  let p = phrase.replace(EDGE_PUNCT, '');
  // Listed subjects ("アメリカ、イギリス、日本は"): the last one is the subject of the verb.
  p = p.slice(p.lastIndexOf('、') + 1);
  p = p.replace(JA_RELATIVE_CLAUSE, '');
  let original: string | null = null;
  // Keep the romanised name given right after the person's name.
  const parts = p.split(/の(?![^()（）]*[)）])/u);
  let head = parts[parts.length - 1] ?? p;
  for (const m of head.matchAll(PARENS)) {
    const inside = (m[1] ?? '').trim();
    if (LATIN_NAME.test(inside)) original = inside;
  }
  head = head.replace(PARENS, '').trim();
  const after = stripRepeated(head, cues.titleAfter);
  const t = stripRepeated(after.text, cues.titleBefore);
  const titled = after.stripped || t.stripped;
  head = t.text;
  // A title before the name ("外交部发言人王毅"): the name is what follows the last title.
  const titleInside = [...head.matchAll(new RegExp(cues.titleAfter.source.replace(/\$$/, ''), 'gu'))].pop();
  if (titleInside && titleInside.index + titleInside[0].length <= head.length - 2) {
    const rest = head.slice(titleInside.index + titleInside[0].length);
    if (/^\p{Script=Han}{2,4}$/u.test(rest)) return { name: rest, original, person: true };
  }
  const dotted = [...head.matchAll(KATAKANA_NAME)].pop();
  if (dotted) return { name: dotted[0], original, person: true };
  if (!head || cues.roleNoun.test(head)) {
    // An unnamed role is named by its organisation: "ソウル統一省の関係者".
    const org = (parts[parts.length - 2] ?? '').replace(PARENS, '').trim();
    const role = parts[parts.length - 1]?.replace(PARENS, '').trim() ?? '';
    const name = org && role ? `${org}の${role}` : role || org;
    return name ? { name, original: null, person: true } : null;
  }
  return { name: head, original, person: titled };
}

function reduceSpaced(phrase: string, cues: SpeechCues): Reduced | null {
  let p = phrase.replace(EDGE_PUNCT, '').replace(SPACED_LEAD, '');
  let original: string | null = null;
  for (const m of p.matchAll(PARENS)) {
    const inside = (m[1] ?? '').trim();
    if (LATIN_NAME.test(inside)) original = inside;
  }
  p = p.replace(PARENS, ' ').replace(/\s+/g, ' ').replace(/['’]s$/, '').replace(/(?<=\p{L}{2})\.$/u, '').trim();
  if (!p) return null;
  if (/^\p{Ll}/u.test(p) || cues.roleNoun.test(p)) return { name: p, original, person: false };
  const before = stripRepeated(p, cues.titleBefore);
  const t = stripRepeated(before.text, cues.titleAfter);
  const words = t.text.split(' ').length;
  return { name: t.text, original, person: before.stripped || t.stripped || words >= 2 };
}

function reduceKo(phrase: string, cues: SpeechCues): Reduced | null {
  const p = phrase.replace(EDGE_PUNCT, '').replace(PARENS, ' ').replace(/\s+/g, ' ').trim();
  if (!p) return null;
  if (cues.roleNoun.test(p)) return { name: p, original: null, person: true };
  const t = stripRepeated(p, cues.titleAfter);
  return { name: t.text, original: null, person: t.stripped };
}

/** A speaker phrase cut down to the person's name ("ソウルにある梨大のパク・ウォンゴン教授" -> "パク・ウォンゴン"). */
export function reduceSpeaker(phrase: string, cues: SpeechCues): Reduced | null {
  if (cues.nameStyle === 'cjk') return reduceCjk(phrase, cues);
  if (cues.nameStyle === 'ko') return reduceKo(phrase, cues);
  return reduceSpaced(phrase, cues);
}

function genderOfPronoun(word: string, cues: SpeechCues): Gender | 'plural' | undefined {
  if (cues.pronouns.female.test(word)) return 'f';
  if (cues.pronouns.male.test(word)) return 'm';
  if (cues.pronouns.plural.test(word)) return 'plural';
  return undefined;
}

/** Title-given gender for spaced languages ("Mr." / "Mrs."): a weak prior, overridden by pronouns. */
const MALE_TITLE = /^(?:Mr\.?|Herr|M\.|Sr\.|г-н)\s/u;
const FEMALE_TITLE = /^(?:Mrs\.?|Ms\.?|Miss|Frau|Mme|Mlle|Sra\.|Srta\.|г-жа)\s/u;

/** The people of one text in the order met; newest last. */
export class People {
  private readonly list: Person[] = [];
  /** Full names the text mentions without saying anything ("Kurt Volker … testified"): they only expand a bare surname. */
  private readonly names: string[] = [];
  constructor(private readonly cues: SpeechCues) {}

  /** Remember a full name seen in passing; it never becomes a pronoun's antecedent by itself. */
  noteName(name: string): void {
    if (this.names.length < MAX_PEOPLE) this.names.push(name);
  }

  private expandSurname(name: string): string | null {
    if (this.cues.nameStyle !== 'spaced' || /\s/.test(name)) return null;
    for (let i = this.names.length - 1; i >= 0; i--) {
      const full = this.names[i]!;
      if (full.endsWith(` ${name}`)) return full;
    }
    return null;
  }

  /** A person the text names: the same person again when it is a short form of an earlier one. */
  meet(phrase: string, found: Reduced, speaker = false): Person | null {
    let reduced = found;
    const known = this.find(reduced.name);
    if (known) {
      if (!known.original && reduced.original) known.original = reduced.original;
      this.touch(known);
      return known;
    }
    // A quoted speaker counts as a person even without a title ("…」とプーチンは語った").
    if (!reduced.person && !speaker) return null;
    const full = this.expandSurname(reduced.name);
    if (full) reduced = { ...reduced, name: full, person: true };
    const gender: Gender = MALE_TITLE.test(phrase.trim()) ? 'm' : FEMALE_TITLE.test(phrase.trim()) ? 'f' : null;
    const person: Person = { name: reduced.name, original: reduced.original, gender, phrase };
    this.list.push(person);
    if (this.list.length > MAX_PEOPLE) this.list.shift();
    return person;
  }

  /** An earlier person this name is a short form of ("チョ" of "チョ・ハンボム", "Smith" of "John Smith"). */
  find(name: string): Person | null {
    if (!name) return null;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const p = this.list[i]!;
      if (p.name === name) return p;
      const parts = p.name.split(/[\s・=＝]+/u);
      if (parts.length > 1 && parts.includes(name) && name.length >= 2) return p;
      if (this.cues.nameStyle === 'cjk' && /^\p{Script=Han}+$/u.test(name) && p.name.startsWith(name) && p.name.length > name.length) return p;
    }
    return null;
  }

  private touch(p: Person): void {
    const i = this.list.indexOf(p);
    if (i >= 0) {
      this.list.splice(i, 1);
      this.list.push(p);
    }
  }

  /** Resolve a pronoun or a short reference to the nearest fitting person; undefined when `word` is neither. */
  resolve(word: string): Person | null | undefined {
    const w = word.trim();
    const g = genderOfPronoun(w, this.cues);
    if (g === 'plural') return null;
    if (g) {
      for (let i = this.list.length - 1; i >= 0; i--) {
        const p = this.list[i]!;
        if (p.gender && p.gender !== g) continue;
        p.gender = g;
        this.touch(p);
        return p;
      }
      return null;
    }
    if (this.cues.shortReference.test(w)) {
      // "the spokesperson": prefer the nearest person introduced with that role.
      const role = w.split(/\s+/).pop()?.toLowerCase() ?? '';
      for (let i = this.list.length - 1; i >= 0; i--) {
        const p = this.list[i]!;
        if (role.length > 2 && p.phrase.toLowerCase().includes(role)) return p;
      }
      return this.list[this.list.length - 1] ?? null;
    }
    return undefined;
  }

  latest(): Person | null {
    return this.list[this.list.length - 1] ?? null;
  }
}
