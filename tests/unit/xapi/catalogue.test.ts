import { describe, expect, it } from 'vitest';
import { pageCatalogue } from '../../../src/xapi/catalogue';
import { tinyPayload } from '../scenario/tiny';

describe('the page catalogue', () => {
  const payload = tinyPayload();
  const catalogue = pageCatalogue({ path: 'scenarios/tiny/', title: 'Tiny' }, () => payload);

  it("reports a critical safeguarding error as 'critical', never as the kind it was written as", () => {
    expect(catalogue.decision('tiny', 'b')?.options).toEqual([
      { id: 'ref2', label: 'ref2', kind: 'referral' },
      { id: 'ignore', label: 'ignore', kind: 'critical' },
      { id: 'joint-known', label: 'joint-known', kind: 'joint-action' },
    ]);
  });

  it('names only the scenario of the page it is on', () => {
    expect(catalogue.scenarioTitle('tiny')).toBe('Tiny');
    expect(catalogue.decision('sami', 'b')).toBeUndefined();
  });
});
