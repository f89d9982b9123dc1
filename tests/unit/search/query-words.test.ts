import { describe, expect, it } from 'vitest';
import { bestBets } from '../../../src/search/best-bets';
import { searchWords, textHasWord, unmarkStopWords, wordRoot } from '../../../src/search/query-words';

describe('turning a question into search words', () => {
  it('drops the little words of a typed question, unless nothing else is left', () => {
    expect(searchWords('What do I do if a child discloses abuse?')).toEqual(['child', 'discloses', 'abuse']);
    expect(searchWords('who are you')).toEqual(['who', 'are', 'you']);
  });

  it('matches the forms of a word a page uses, and not a shorter word that merely starts it', () => {
    expect(wordRoot('discloses')).toBe('disclos');
    expect(textHasWord('A child may disclose at any time.', 'discloses')).toBe(true);
    expect(textHasWord('Agreed school policy on this', 'policies')).toBe(true);
    // What Pagefind offers for a word it does not know: pages about a prefix of it.
    expect(textHasWord('A low mood, and worry about sleep.', 'moodle')).toBe(false);
    expect(textHasWord('Nothing blocked the plan.', 'blockchain')).toBe(false);
  });

  it('takes the highlight off stop words and leaves it on the words searched for', () => {
    expect(unmarkStopWords('<mark>what</mark> to <mark>do.</mark> <mark>Relational</mark> agency')).toBe(
      'what to do. <mark>Relational</mark> agency',
    );
  });
});

describe('best bets', () => {
  it('puts the safeguarding route first, with the 999 line, for a child being harmed', () => {
    const bets = bestBets('a child told me their dad hits them');
    expect(bets.danger).toBe(true);
    expect(bets.pins.map((p) => p.path)).toEqual([
      'who-can-help/designated-safeguarding-lead/',
      'modules/rule-bending/#what-must-never-be-bent',
    ]);
  });

  it('adds the specialist for the topic after the safeguarding route', () => {
    expect(bestBets('self-harm').pins.map((p) => p.path)).toContain('who-can-help/camhs/');
    expect(bestBets('allegation against a teacher').pins[0]?.path).toBe('who-can-help/lado/');
  });

  it('pins nothing for a question about an idea', () => {
    expect(bestBets('what is relational agency')).toEqual({ danger: false, pins: [] });
  });
});
