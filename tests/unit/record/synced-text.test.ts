import { describe, expect, it } from 'vitest';
import { OTHER_TAB_MARK, reconcile } from '../../../src/record/synced-text';

/* One answer open in two tabs: what a box does when another tab's version arrives. */
describe('a text box in step with other tabs', () => {
  const agreed = { text: 'alpha', at: 10 };

  it('does nothing for its own save or a version it already has', () => {
    expect(reconcile('alpha', agreed, { text: 'alpha', updatedAt: 10 })).toEqual({ kind: 'in-step' });
    expect(reconcile('alpha beta', agreed, { text: 'alpha beta', updatedAt: 11, basedOn: 10 })).toEqual({ kind: 'in-step' });
    expect(reconcile('', { text: '', at: 0 }, undefined)).toEqual({ kind: 'in-step' });
  });

  it('shows a successor when the learner has not typed since', () => {
    expect(reconcile('alpha', agreed, { text: 'alpha beta', updatedAt: 11, basedOn: 10 })).toEqual({
      kind: 'adopt',
      text: 'alpha beta',
    });
    // A version saved before versions said what they were based on counts as a successor.
    expect(reconcile('alpha', agreed, { text: 'new', updatedAt: 11 })).toEqual({ kind: 'adopt', text: 'new' });
  });

  it('keeps both when the learner typed here and the other tab saved something else', () => {
    const r = reconcile('alpha gamma', agreed, { text: 'alpha beta', updatedAt: 11, basedOn: 10 });
    expect(r).toEqual({ kind: 'joined', text: `alpha gamma\n\n${OTHER_TAB_MARK}\nalpha beta` });
  });

  it('never lets a rival that did not see this box’s last save simply win (the lost-words case)', () => {
    // This tab saved "Words from A" at 20; the other tab, not yet told, saved over it from nothing.
    const mine = { text: 'Words from A', at: 20 };
    const r = reconcile('Words from A', mine, { text: 'Words from B', updatedAt: 21, basedOn: 0 });
    expect(r.kind).toBe('joined');
    expect(r.kind === 'joined' && r.text).toContain('Words from A');
    expect(r.kind === 'joined' && r.text).toContain('Words from B');
  });

  it('keeps whichever text already holds the other, without joining', () => {
    expect(reconcile('alpha beta gamma', agreed, { text: 'alpha beta', updatedAt: 11, basedOn: 3 })).toEqual({
      kind: 'keep',
      text: 'alpha beta gamma',
    });
    expect(reconcile('alpha x', agreed, { text: 'alpha x and more', updatedAt: 11, basedOn: 3 })).toEqual({
      kind: 'adopt',
      text: 'alpha x and more',
    });
    expect(reconcile('', agreed, { text: 'theirs', updatedAt: 11, basedOn: 3 })).toEqual({ kind: 'adopt', text: 'theirs' });
  });
});
