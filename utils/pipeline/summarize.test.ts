import { describe, expect, it } from 'vitest';
import { speechCues } from '../lang/speech';
import { summarize, trimConnective } from './summarize';

const EN = [
  'City officials approved a plan on Monday to rebuild the harbour bridge that collapsed during the spring floods.',
  'Photo: Getty Images',
  'But the work will not begin until the state releases the money promised last year for the repairs.',
  '“We are ready to start the day the funds arrive in our account,” the mayor said.',
  'The bridge carried about twenty thousand cars a day before the floods destroyed two of its pillars.',
  'Engineers say the new bridge will be built higher to survive floods that are expected to become more frequent.',
  'Local shops near the harbour reported losing customers since the bridge closed in April.',
  'The council will meet again next month to choose a construction company for the harbour bridge.',
].join('\n\n');

const JA = [
  '政府は20日、洪水で崩落した港の橋を再建する計画を承認した。',
  '写真：橋の崩落現場',
  'しかし、工事は県が約束した予算を支出するまで始まらない。',
  '「予算が届いた日に工事を始める準備はできている」と市長は述べた。',
  '橋は洪水の前、1日に約2万台の車が通行していた。',
  '技術者によると、新しい橋は今後増える洪水に耐えるよう高く建設される。',
  '港周辺の商店は、4月に橋が閉鎖されて以来、客が減ったと訴えている。',
].join('\n\n');

/** Faithful: the bullet is the text's own sentence, up to a trimmed connective and its capital. */
function isFaithful(bullet: string, text: string): boolean {
  if (text.includes(bullet)) return true;
  const i = text.indexOf(bullet.slice(1));
  return i > 0 && text[i - 1]!.toLowerCase() === bullet[0]!.toLowerCase();
}

describe('summarize', () => {
  it.each([
    ['en', EN],
    ['ja', JA],
  ])('%s: 3 bullets by default, 5 on request, faithful, in reading order', (lang, text) => {
    for (const n of [3, 5]) {
      const { bullets } = summarize({ text, lang, keyPoints: [] }, { bullets: n });
      expect(bullets).toHaveLength(n);
      for (const b of bullets) expect(isFaithful(b, text)).toBe(true);
      const positions = bullets.map((b) => text.indexOf(b.slice(1)));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(summarize({ text, lang, keyPoints: [] }).bullets).toHaveLength(3);
  });

  it.each([
    ['en', EN],
    ['ja', JA],
  ])('%s: never a caption, a credit or a quotation', (lang, text) => {
    const { bullets } = summarize({ text, lang, keyPoints: [] }, { bullets: 5 });
    for (const b of bullets) {
      expect(b).not.toMatch(/^(?:Photo|写真)/);
      expect(b).not.toMatch(/^[「“]/);
    }
  });

  it('trims leading connectives', () => {
    const { bullets } = summarize({ text: JA, lang: 'ja', keyPoints: [] }, { bullets: 5 });
    expect(bullets).toContain('工事は県が約束した予算を支出するまで始まらない。');
    expect(bullets.some((b) => b.startsWith('しかし'))).toBe(false);
  });

  it('avoids repeating the publisher key points and returns them', () => {
    const keyPoints = ['The bridge carried about twenty thousand cars a day before the floods.'];
    const summary = summarize({ text: EN, lang: 'en', keyPoints }, { bullets: 5 });
    expect(summary.keyPoints).toEqual(keyPoints);
    expect(summary.bullets.some((b) => b.includes('twenty thousand cars'))).toBe(false);
  });

  it('keeps bullets apart: a near-duplicate sentence is skipped', () => {
    const text = [
      'The central bank raised interest rates by half a point on Tuesday to fight inflation.',
      'On Tuesday the central bank raised interest rates by half a point to fight inflation.',
      'Economists had expected a smaller rise after prices cooled in the spring months.',
      'Mortgage holders will see their monthly payments grow from next month onwards.',
    ].join('\n\n');
    const { bullets } = summarize({ text, lang: 'en', keyPoints: [] }, { bullets: 3 });
    expect(bullets.filter((b) => b.includes('half a point'))).toHaveLength(1);
  });

  it('skips sentences whose subject is a bare pronoun', () => {
    const { bullets } = summarize({ text: '政府は20日、新しい橋の建設計画を正式に承認したと発表した。\n\n彼らは、工事が来年の春に始まる見通しだと述べた。\n\n橋の総工費は約300億円に上ると見込まれている。', lang: 'ja', keyPoints: [] });
    expect(bullets.some((b) => b.startsWith('彼ら'))).toBe(false);
  });

  it('returns nothing rather than inventing text', () => {
    expect(summarize({ text: '', lang: 'en', keyPoints: [] }).bullets).toEqual([]);
    expect(summarize({ text: 'Too short.', lang: 'en', keyPoints: [] }).bullets).toEqual([]);
  });
});

describe('trimConnective', () => {
  it.each([
    ['en', 'But the work will wait.', 'The work will wait.'],
    ['en', 'However, prices rose.', 'Prices rose.'],
    ['ja', 'しかし、工事は遅れる。', '工事は遅れる。'],
    ['ja', 'また、予算も不足している。', '予算も不足している。'],
    ['ja', '一方、住民は反対している。', '住民は反対している。'],
    ['de', 'Aber die Arbeit wartet.', 'Die Arbeit wartet.'],
    ['en', 'Butter prices rose.', 'Butter prices rose.'],
  ])('%s: %s', (lang, text, expected) => {
    expect(trimConnective(text, speechCues(lang))).toBe(expected);
  });
});
