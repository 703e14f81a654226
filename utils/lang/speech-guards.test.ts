import { describe, expect, it } from 'vitest';
import { speechCues } from './speech';

// SpeechCues.guards skip a cue regex on text the guard rejects: a guard must accept every text its cue matches.
const SAMPLES = [
  ', Smith said.', '," said Mr. Smith', ' — the spokeswoman told reporters', ', according to police.', ', he added.',
  'Smith said:', 'John Smith, a spokesman for the mayor, said that ', 'according to the minister, ', 'Smith told CNN, saying: ',
  'The mayor later warned ', 'Obama said, adding later, ', 'He said', 'X saidthat ', ', said John Smith', 'Jones, 45, said',
];

describe('speech cue guards', () => {
  it('accept every text their cue matches (en)', () => {
    const cues = speechCues('en');
    const guarded = [...cues.after, ...cues.before, ...cues.indirect].filter((re) => cues.guards?.has(re));
    expect(guarded.length).toBeGreaterThan(0);
    for (const re of guarded) for (const s of SAMPLES) if (re.test(s)) expect(cues.guards!.get(re)!.test(s), `${re.source.slice(0, 40)} on ${s}`).toBe(true);
  });
});
