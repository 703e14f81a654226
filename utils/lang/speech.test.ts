import { describe, expect, it } from 'vitest';
import { speechCues } from './speech';
import { defaultSpeech } from './default/speech';

const SUPPORTED = ['en', 'ja', 'zh', 'ko', 'de', 'fr', 'es', 'ru'];

describe('speechCues', () => {
  it('maps regional tags to their language and unknown ones to the neutral default', () => {
    expect(speechCues('en-GB')).toBe(speechCues('en'));
    expect(speechCues('zh_TW')).toBe(speechCues('zh'));
    expect(speechCues('pl')).toBe(defaultSpeech);
    expect(speechCues('')).toBe(defaultSpeech);
  });

  it.each(SUPPORTED)('%s has its own attribution patterns and pronouns', (lang) => {
    const cues = speechCues(lang);
    expect(cues).not.toBe(defaultSpeech);
    expect(cues.after.length + cues.before.length).toBeGreaterThan(1);
    expect(cues.indirect.length).toBeGreaterThan(0);
    // Every speaker-bearing pattern names its speaker group "who".
    for (const re of [...cues.before, ...cues.indirect]) expect(re.source).toContain('(?<who>');
    expect(cues.pronouns.male.test('')).toBe(false);
  });
});
