import { describe, expect, it } from 'vitest';
import { formatBytes, storageUse } from '../../../src/record/storage-use';

describe('what the course keeps in storage', () => {
  it('names the course’s parts, largest first, and offers to clear only what is not the learner’s own work', () => {
    const parts = storageUse([
      ['cb:record', 'x'.repeat(1000)],
      ['cb:mirror', 'y'.repeat(200_000)],
      ['cb:room:sami', 'r'.repeat(100)],
      ['cb:record:backup:1', 'z'],
      ['another-app:0', 'w'.repeat(500_000)],
    ]);
    expect(parts.map((p) => [p.label, p.clearable])).toEqual([
      ['Result codes pasted on the mirror data page', true],
      ['Your learner record (reflections, progress, CPD log)', false],
      ["A presenter's saved session (sami)", true],
      ['A copy of saved data that could not be read', false],
    ]);
    expect(parts[0]!.bytes).toBe(2 * ('cb:mirror'.length + 200_000));
  });

  it('keeps a learner record inside an LMS package (a prefixed key) as the learner’s own', () => {
    expect(storageUse([['cb:lms:abc123:cb:record', '{}']])[0]).toMatchObject({ clearable: false });
  });

  it('says sizes as people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(400_000)).toBe('391 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
