import { describe, expect, it } from 'vitest';
import { readScenario, sceneOptionsAt } from '../../../../src/studio/options-form/read-options';
import { sami } from './helpers';

/*
 * The form follows the editor's cursor: it shows the options of the scene the cursor is in, and
 * says plainly why it shows none.
 */

const sceneIds = [...sami.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]!);

describe('the scene at the cursor', () => {
  it('is the scene whose lines the cursor is on, from its id to the next scene', () => {
    for (const id of sceneIds) {
      const start = sami.indexOf(`\n  ${id}:`) + 3;
      for (const offset of [start, start + 200, sami.indexOf('- id:', start)]) {
        const shown = sceneOptionsAt(sami, offset);
        expect(shown.ok && shown.scene).toBe(id);
      }
    }
  });

  it('lists every scene id in order, for the "next scene" choice', () => {
    const shown = sceneOptionsAt(sami, sami.indexOf('y1-slt-view:'));
    expect(shown.sceneIds).toEqual(sceneIds);
    expect(sceneIds).toHaveLength(16);
  });

  it('is none when the cursor is above the scenes or in the endings, and says where to put it', () => {
    for (const offset of [0, sami.indexOf('summary:'), sami.indexOf('\nscenes:') + 3, sami.indexOf('\nendings:') + 3]) {
      const shown = sceneOptionsAt(sami, offset);
      expect(shown).toEqual({
        ok: false,
        reason: 'Put the cursor inside a scene in the text to see its options here.',
        sceneIds,
      });
    }
  });
});

describe("a scene's options", () => {
  const shown = sceneOptionsAt(sami, sami.indexOf('y1-hard-to-understand:'));
  if (!shown.ok) throw new Error(shown.reason);

  it('are read as the plain values the form shows', () => {
    expect(shown.options[0]).toEqual({
      id: 'y1-slt-form',
      kind: 'referral',
      label:
        "With Farah and Owen's consent, fill in the speech and language therapy referral form with the SENCO and send it off.",
      feedback:
        'The referral is accepted. The letter explains that the wait for a first appointment is currently about a year, and that school should carry on with its usual support meanwhile.',
      costs: '',
      expertText: expect.stringMatching(/^Unclear speech at five needs a specialist's eyes,.*\(TLRP, 2008\)\.$/),
      expertModule: 'knowing-who',
      next: 'y1-spring',
      end: false,
      scores: { 'knowing-who': 1 },
      flags: ['salt-referred'],
      inText: ['effects.supports'],
    });
    expect(shown.options.map((o) => o.id)).toEqual(['y1-slt-form', 'y1-slt-consult', 'y1-family-meeting']);
    expect(shown.options[2]?.costs).toMatch(/^An hour after school/);
  });

  it('name the fields left to the text, such as requirements and relationship changes', () => {
    const later = sceneOptionsAt(sami, sami.indexOf('y3-playground:'));
    if (!later.ok) throw new Error(later.reason);
    const withRequirement = later.options.find((o) => o.inText.includes('requires'));
    expect(withRequirement?.inText).toEqual(expect.arrayContaining(['requires', 'unavailableReason', 'effects.relationships']));
  });

  it('say when an option ends play', () => {
    const last = sceneOptionsAt(sami, sami.indexOf('y7-settling:'));
    expect(last.ok && last.options.some((o) => o.end && o.next === '')).toBe(true);
  });
});

describe('text the form cannot use', () => {
  it('gives the reason when the YAML does not parse, naming the line', () => {
    const broken = sami.replace('title: "Sami: from Year 1 to the start of secondary"', 'title: Sami: from Year 1');
    const shown = sceneOptionsAt(broken, broken.indexOf('y1-slt-view:'));
    expect(shown.ok).toBe(false);
    if (!shown.ok)
      expect(shown.reason).toMatch(
        /^The form can only show the options once the YAML can be read\. Line 5, column \d+: line 5 has a colon/,
      );
  });

  it('gives the reason when there are no scenes yet', () => {
    expect(readScenario('id: draft\ntitle: A start\n')).toEqual({
      ok: false,
      reason: 'The text has no scenes: yet, so there are no options to show.',
    });
  });
});
