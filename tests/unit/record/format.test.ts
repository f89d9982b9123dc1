import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatIsoDate, formatMinutes } from '../../../src/record/format';

const longDate = { day: 'numeric', month: 'long', year: 'numeric' } as const;

describe('how the record page writes dates, counts and times', () => {
  it('writes a timestamp as the British date in the learner’s own time zone, exactly as toLocaleDateString does', () => {
    for (let time = Date.UTC(1999, 11, 31, 23, 30); time < Date.UTC(2031, 0, 1); time += 86_400_000 * 5 + 3_600_000)
      expect(formatDate(time)).toBe(new Date(time).toLocaleDateString('en-GB', longDate));
    expect(formatDate(new Date(2025, 2, 14, 12).getTime())).toBe('14 March 2025');
  });

  it('writes a CPD entry’s day as that day wherever the learner is, and leaves a malformed one as it is', () => {
    for (let time = Date.UTC(2020, 0, 1); time < Date.UTC(2027, 0, 1); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatIsoDate(iso)).toBe(new Date(time).toLocaleDateString('en-GB', { ...longDate, timeZone: 'UTC' }));
    }
    expect(formatIsoDate('2025-03-14')).toBe('14 March 2025');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });

  it('marks thousands in a count as toLocaleString does', () => {
    for (const n of [0, 7, 100, 999, 1_000, 14_000, 23_001, 997_000, 1_000_000, 12_345_678])
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(75)).toBe('1 hour 15 minutes');
    expect(formatMinutes(120)).toBe('2 hours');
    expect(formatMinutes(0)).toBe('0 minutes');
  });
});
