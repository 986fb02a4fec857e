import { describe, expect, it } from 'vitest';
import { splitSentences } from '~/features/parents/sentences';

describe('read-aloud sentences', () => {
  it('splits Dutch text into sentences, keeping their punctuation', () => {
    expect(splitSentences('Je kind huilt. Wat doe je? Je tilt het op!  Dan wordt het stil…')).toEqual([
      'Je kind huilt.',
      'Wat doe je?',
      'Je tilt het op!',
      'Dan wordt het stil…',
    ]);
  });

  it('ends a sentence after a closing quote, not inside it', () => {
    expect(splitSentences('Ze zegt: "Kom maar." Dan gaat ze zitten.')).toEqual([
      'Ze zegt: "Kom maar."',
      'Dan gaat ze zitten.',
    ]);
  });
});
