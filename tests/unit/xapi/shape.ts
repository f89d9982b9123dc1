import { expect } from 'vitest';
import type { Activity, Statement } from '../../../src/xapi/types';

/*
 * The xAPI 1.0.3 rules (xAPI-Data.md, section 2.4) our statements must meet, checked the way an
 * LRS would: shared by the statement tests and the loopback LRS tests.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** An absolute IRI: a scheme, a colon and no spaces. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DURATION = /^PT(\d+(\.\d{1,2})?S)$/;

function expectLanguageMap(map: unknown, where: string) {
  expect(map, where).toBeTypeOf('object');
  const entries = Object.entries(map as Record<string, unknown>);
  expect(entries.length, where).toBeGreaterThan(0);
  for (const [tag, text] of entries) {
    expect(tag, where).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
    expect(text, where).toBeTypeOf('string');
  }
}

function expectActivity(activity: Activity, where: string) {
  expect(activity.objectType, where).toBe('Activity');
  expect(activity.id, where).toMatch(IRI);
  expect(activity.definition.type, where).toMatch(IRI);
  expectLanguageMap(activity.definition.name, `${where}.definition.name`);
  if (activity.definition.description) expectLanguageMap(activity.definition.description, `${where}.definition.description`);
  if (activity.definition.interactionType) {
    expect(activity.definition.type, where).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    for (const choice of activity.definition.choices ?? []) expectLanguageMap(choice.description, `${where} choice ${choice.id}`);
  }
}

function expectExtensions(extensions: Record<string, unknown> | undefined, where: string) {
  for (const key of Object.keys(extensions ?? {})) expect(key, where).toMatch(IRI);
}

/** Fails with the path of the first property that breaks a rule. */
export function expectValidStatement(s: Statement) {
  const where = `statement ${s.id}`;
  expect(s.id, where).toMatch(UUID);
  // version, stored and authority are the LRS's to set.
  for (const key of Object.keys(s))
    expect(['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp'], where).toContain(key);

  // Actor: exactly one identifier, here an account, and nothing that names a person.
  expect(s.actor).toEqual({
    objectType: 'Agent',
    account: { homePage: expect.stringMatching(/^https?:\/\//), name: expect.stringMatching(UUID) },
  });

  expect(s.verb.id, where).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/(completed|launched|answered)$/);
  expectLanguageMap(s.verb.display, `${where}.verb.display`);
  expectActivity(s.object, `${where}.object`);

  if (s.result) {
    const { score } = s.result;
    if (score) {
      expect(score.scaled, where).toBeGreaterThanOrEqual(-1);
      expect(score.scaled, where).toBeLessThanOrEqual(1);
      expect(score.min, where).toBeLessThan(score.max);
      expect(score.raw, where).toBeGreaterThanOrEqual(score.min);
      expect(score.raw, where).toBeLessThanOrEqual(score.max);
    }
    if (s.result.duration !== undefined) expect(s.result.duration, where).toMatch(ISO_DURATION);
    if (s.result.response !== undefined) expect(s.result.response, where).toBeTypeOf('string');
    expectExtensions(s.result.extensions, `${where}.result.extensions`);
  }

  const { context } = s;
  if (context.registration !== undefined) expect(context.registration, where).toMatch(UUID);
  expect(context.language, where).toBe('en-GB');
  for (const [kind, list] of Object.entries(context.contextActivities)) {
    expect(['parent', 'grouping', 'category', 'other'], where).toContain(kind);
    expect(Array.isArray(list), where).toBe(true);
    for (const a of list as Activity[]) expectActivity(a, `${where}.context.contextActivities.${kind}`);
  }
  expectExtensions(context.extensions, `${where}.context.extensions`);

  expect(s.timestamp, where).toMatch(ISO_TIMESTAMP);
  expect(new Date(s.timestamp).toISOString(), where).toBe(s.timestamp);
}
