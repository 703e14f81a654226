import { describe, expect, it } from 'vitest';
import { isName, quoteMatches, speakerMatches, speakerMatchesLenient, spansOverlap } from './quotes-score';

describe('quote span matching', () => {
  it('needs an overlap of at least half the shorter span', () => {
    expect(spansOverlap([0, 10], [5, 20])).toBe(true);
    expect(spansOverlap([0, 10], [6, 30])).toBe(false);
    expect(spansOverlap([0, 10], [10, 20])).toBe(false);
  });
  it('counts a short span inside a long one', () => {
    expect(spansOverlap([100, 120], [0, 500])).toBe(true);
  });
  it('also matches on the same normalised text anywhere', () => {
    expect(quoteMatches({ span: [0, 12], text: '“We will win.”' }, { span: [50, 64], text: '"we will  win"' })).toBe(true);
    expect(quoteMatches({ span: [0, 12], text: '“We will win.”' }, { span: [50, 64], text: '"we lost"' })).toBe(false);
  });
});

describe('speaker matching', () => {
  it('accepts containment either way and a shared surname', () => {
    expect(speakerMatches('Clinton', 'Hillary Clinton')).toBe(true);
    expect(speakerMatches('Donald Trump', 'Mr. Trump')).toBe(true);
    expect(speakerMatches('the spokesman', 'a spokesman for the campaign')).toBe(true);
  });
  it('rejects other names and missing speakers', () => {
    expect(speakerMatches('Trump', 'he')).toBe(false);
    expect(speakerMatches('Bernie Sanders', 'Hillary Clinton')).toBe(false);
    expect(speakerMatches(null, 'Trump')).toBe(false);
  });
  it('tells names from pronouns and descriptions', () => {
    expect(isName('Trump')).toBe(true);
    expect(isName('The New York Times')).toBe(true);
    expect(isName('He')).toBe(false);
    expect(isName('the spokesman')).toBe(false);
  });
  it('leniently accepts the nearest preceding named source for a pronoun, if named in the article', () => {
    const text = 'Trump spoke. Clinton spoke. Later he said "x".';
    const named = [{ text: 'Clinton', start: 13 }, { text: 'Trump', start: 0 }, { text: 'Sanders', start: 90 }];
    expect(speakerMatchesLenient('Clinton', { source: 'he', sourceStart: 34 }, named, text)).toBe(true);
    expect(speakerMatchesLenient('Trump', { source: 'he', sourceStart: 34 }, named, text)).toBe(true);
    expect(speakerMatchesLenient('Sanders', { source: 'he', sourceStart: 34 }, named, text)).toBe(false);
    expect(speakerMatchesLenient('Obama', { source: 'he', sourceStart: 34 }, [{ text: 'Obama', start: 1 }], text)).toBe(false);
  });
  it('does not apply the lenient rule when the gold source is itself a name', () => {
    expect(speakerMatchesLenient('Clinton', { source: 'Trump', sourceStart: 34 }, [{ text: 'Clinton', start: 13 }], 'Clinton Trump')).toBe(false);
  });
});
