import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { finderPayload } from '../../../src/search/finder-documents';
import { readFinderSources } from '../../../src/search/finder-files';
import { queryFinder } from '../../../src/search/finder-query';

/*
 * The "Who can help?" finder against the real directory and glossary, through the same payload
 * the build emits (serialised and loaded again, as the browser does).
 */
const root = join(import.meta.dirname, '..', '..', '..');
const payload = JSON.parse(JSON.stringify(finderPayload(readFinderSources(root))));
const index = lunr.Index.load(payload.index);
const top = (text: string, n = 1) =>
  queryFinder(index, text)
    .slice(0, n)
    .map((h) => h.ref);

// Concerns as a practitioner would type them, and the role that should come first.
const cases: [query: string, expected: string][] = [
  ['not coming to school', 'role:education-welfare-officer'],
  ['not attending school', 'role:education-welfare-officer'],
  ['truancy', 'role:education-welfare-officer'],
  ['EWO', 'role:education-welfare-officer'],
  ['speech', 'role:speech-and-language-therapist'],
  ['speach', 'role:speech-and-language-therapist'],
  ['SALT', 'role:speech-and-language-therapist'],
  ['SLT', 'role:speech-and-language-therapist'],
  ['SENCO', 'role:senco'],
  ['DSL', 'role:designated-safeguarding-lead'],
  ['CAMHS', 'role:camhs'],
  ['housing', 'role:housing-options-officer'],
  ['homeless', 'role:housing-options-officer'],
  ['domestic abuse', 'role:idva'],
  ['young carer', 'role:young-carers-service'],
  ['health visitor', 'role:health-visitor'],
  ['looked after child', 'role:virtual-school-head'],
  ['LAC', 'role:virtual-school-head'],
  ['allegation against a teacher', 'role:lado'],
  ['youth offending', 'role:youth-justice-worker'],
  ['educational psychologist', 'role:educational-psychologist'],
  ['MASH', 'term:multi-agency-safeguarding-hub'],
  ['relational agency', 'term:relational-agency'],
];

// A child being harmed: the safeguarding route comes first, before anyone sharing a word with it.
const safeguarding = [
  'a child told me their dad hits them',
  'my pupil says her mum hurts her',
  'a child disclosed abuse',
  'bruise on his arm',
  'I think he is being neglected',
  'she is being groomed online',
  'exploited by older boys',
  'missing from home overnight',
  'self-harm',
  'scared to go home',
  'touched inappropriately',
  'FGM',
];

describe('the who-can-help finder', () => {
  it.each(safeguarding)('answers "%s" with the designated safeguarding lead first', (query) => {
    expect(top(query)).toEqual(['role:designated-safeguarding-lead']);
  });

  it('leaves concerns that are not about harm to their best match', () => {
    for (const [query, expected] of [
      ['missing school', 'role:education-welfare-officer'],
      ['domestic abuse', 'role:idva'],
      ['speech', 'role:speech-and-language-therapist'],
    ] as const)
      expect(top(query)).toEqual([expected]);
  });

  it.each(cases)('ranks "%s" with %s first', (query, expected) => {
    expect(top(query)).toEqual([expected]);
  });

  it('answers self-harm with mental health help in the first three', () => {
    expect(
      top('self-harm', 3).some((r) => ['role:camhs', 'role:mental-health-support-team', 'role:school-nurse'].includes(r)),
    ).toBe(true);
  });

  it('shows results while a word is half typed', () => {
    expect(top('attend', 3)).toContain('role:education-welfare-officer');
  });

  it('treats query syntax in what people type as plain words, never as an error', () => {
    for (const text of ['speech:', 'housing~2', 'camhs^10', '*', 'field:name', '+-'])
      expect(() => queryFinder(index, text)).not.toThrow();
  });

  it('returns nothing for stop words alone or an empty box', () => {
    expect(queryFinder(index, 'the and of')).toEqual([]);
    expect(queryFinder(index, '   ')).toEqual([]);
  });

  it('ships a summary for every document the index can return', () => {
    for (const summary of Object.values(payload.summaries) as { name: string }[]) expect(summary.name).toBeTruthy();
    const refs = new Set(queryFinder(index, 'school', 50).map((h) => h.ref));
    for (const ref of refs) expect(payload.summaries[ref]).toBeDefined();
  });
});
