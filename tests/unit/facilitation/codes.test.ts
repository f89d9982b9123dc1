import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedMessage, classify, decodeCodes, readCodes, rejectedCount, scenarioIdOf } from '../../../src/facilitation/codes';
import { MAX_KEPT_CODES, parseStoredCodes, roomFor, storedCodes } from '../../../src/facilitation/codes-store';
import { encodeResult, sign } from '../../../src/facilitation/result-code';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { replay } from '../../../src/scenario/replay';
import { randomPlay, shippedEngines } from './helpers';

const engines = shippedEngines();
const [[id, engine], [otherId, otherEngine]] = [...engines.entries()] as [[string, ScenarioEngine], [string, ScenarioEngine]];
const good = encodeResult(engine, replay(engine, engine.payload.scenario.bestPath ?? []).snapshot)!;
const goods = [1, 2, 3, 4, 5].map((seed) => encodeResult(engine, randomPlay(engine, seed))!);
const other = encodeResult(otherEngine, randomPlay(otherEngine, 9))!;
const [format, , ver, digits, check] = good.split('.') as [string, string, string, string, string];

describe('reading pasted text', () => {
  it('reads one code per line, with blank lines and stray spaces', () => {
    expect(readCodes(`\n  ${good}  \n\n${other}\r\n`)).toEqual([good, other]);
  });

  it('splits on commas, semicolons, tabs and spaces', () => {
    expect(readCodes(`${good},${other};${goods[0]}\t${goods[1]} ${goods[2]}`)).toEqual([good, other, ...goods.slice(0, 3)]);
  });

  it('takes a CSV column with its heading and quoted cells', () => {
    const csv = `Name,Code\r\nAna,"${good}"\r\n"Ben, J",${other}\r\n`;
    expect(readCodes(csv)).toEqual([good, other]);
  });

  it('takes codes out of a chat log with names, times and a full stop after a code', () => {
    const chat = [
      '[14:02] Ana: CB1' + good.slice(3),
      '[14:03] Ben Jones: mine is ' + other + '.',
      '14.03.25 Chloé:' + goods[0],
      'Dev: sorry, e.g. I will send it in a minute!',
      `Eli: (${goods[1]})`,
    ].join('\n');
    expect(readCodes(chat)).toEqual([good, other, goods[0], goods[1]]);
  });

  it('separates codes run together and ignores zero-width and non-breaking spaces', () => {
    expect(readCodes(`${good}${other}`)).toEqual([good, other]);
    expect(readCodes(`\u200b${good}\u00a0${other}\ufeff`)).toEqual([good, other]);
  });

  it('undoes a phone’s automatic capitals', () => {
    expect(readCodes(good.toUpperCase())).toEqual([good]);
    expect(readCodes(`Cb1${good.slice(3)}`)).toEqual([good]);
  });

  it('keeps something that looks like a damaged code, so it can be reported', () => {
    expect(readCodes(`CB1.garbage and ${good.slice(4)}`)).toEqual(['CB1.garbage', good.slice(4)]);
    expect(readCodes('hello there, no code here: 12.03.2025 e.g. i.e.')).toEqual([]);
  });

  it('cuts an absurdly long token', () => {
    const [long] = readCodes(`CB1.${'x'.repeat(5000)}`);
    expect(long!.length).toBeLessThanOrEqual(120);
  });

  it('never throws and only returns short strings, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom(good, `${good}\n${other}`),
        ),
        (text) => {
          const found = readCodes(text);
          for (const c of found) {
            expect(typeof c).toBe('string');
            expect(c.length).toBeGreaterThan(0);
            expect(c.length).toBeLessThanOrEqual(120);
          }
          const sorted = classify(decodeCodes(found, engines, new Set([id])));
          expect(sorted.accepted.length + rejectedCount(sorted)).toBe(found.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on strings built from code characters', () => {
    const alphabet = fc.constantFrom(...'CB1.abc-09zQ .\n,;:'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        fc.nat(goods.length - 1),
        (noise, i) => {
          const found = readCodes(`${noise}\n${goods[i]}`);
          expect(found).toContain(goods[i]);
          const sorted = classify(decodeCodes(found, engines));
          expect(sorted.accepted.map((a) => a.code)).toContain(goods[i]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the scenario id without decoding', () => {
    expect(scenarioIdOf(good)).toBe(id);
    expect(scenarioIdOf('CB1.Some-Thing.x')).toBe('some-thing');
    expect(scenarioIdOf('nonsense')).toBeNull();
  });
});

describe('sorting decoded codes', () => {
  const cases = {
    format: 'CB1.garbage',
    checksum: `${format}.${id}.${ver}.${digits}.${check === '0000' ? '0001' : '0000'}`,
    'unknown-scenario': sign(`${format}.not-on-this-site.${ver}.${digits}`),
    'other-version': sign(`${format}.${id}.00000000.${digits}`),
    'impossible-choices': sign(`${format}.${id}.${ver}.z${digits.slice(1)}`),
    unfinished: sign(`${format}.${id}.${ver}.${digits.slice(0, 1)}`),
  };

  it('accepts each distinct good code once and lists repeats as duplicates', () => {
    const sorted = classify(decodeCodes([good, other, good, good, goods[0]!], engines));
    expect(sorted.accepted.map((a) => a.code)).toEqual([good, other, goods[0]]);
    expect(sorted.duplicates).toEqual([expect.objectContaining({ code: good, reason: 'duplicate', times: 2 })]);
    expect(sorted.problems).toEqual([]);
    expect(rejectedCount(sorted)).toBe(2);
  });

  it.each(Object.entries(cases))('gives the reason %s with an explanation', (reason, code) => {
    const sorted = classify(decodeCodes([code, good, code], engines));
    expect(sorted.accepted.map((a) => a.code)).toEqual([good]);
    expect(sorted.duplicates).toEqual([]);
    expect(sorted.problems).toHaveLength(1);
    expect(sorted.problems[0]).toMatchObject({ code, reason, times: 2 });
    expect(sorted.problems[0]!.message.length).toBeGreaterThan(20);
  });

  it('says so when a scenario on the site could not be loaded, and counts its codes once it loads', () => {
    const without = new Map([...engines].filter(([key]) => key !== otherId));
    const waiting = classify(decodeCodes([other, good], without, new Set([otherId])));
    expect(waiting.problems[0]).toMatchObject({ code: other, reason: 'unknown-scenario' });
    expect(waiting.problems[0]!.message).toMatch(/could not be loaded/);
    const notOnSite = classify(decodeCodes([other], without));
    expect(notOnSite.problems[0]!.message).toMatch(/no scenario/i);
    expect(classify(decodeCodes([other, good], engines)).accepted).toHaveLength(2);
  });
});

describe('messages and storage', () => {
  it('announces what an add did', () => {
    expect(addedMessage(12, 2)).toBe('12 codes added, 2 rejected.');
    expect(addedMessage(1, 0)).toBe('1 code added.');
    expect(addedMessage(0, 3)).toBe('0 codes added, 3 rejected.');
    expect(addedMessage(0, 0)).toMatch(/No result codes/);
  });

  it('stores the pasted codes and reads them back', () => {
    const codes = [good, 'CB1.garbage', good];
    expect(parseStoredCodes(storedCodes(codes))).toEqual(codes);
  });

  it.each([null, '', 'not json', '[]', '{"format":2,"codes":["x"]}', '{"format":1,"codes":"x"}', 'null'])(
    'reads nothing from damaged storage (%s)',
    (raw) => {
      expect(parseStoredCodes(raw)).toEqual([]);
    },
  );

  it('keeps at most 5,000 pasted codes, so pasted junk cannot fill the storage the learner record needs', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `CB1.x${i}`);
    const first = roomFor(0, junk);
    expect(first.fits).toHaveLength(MAX_KEPT_CODES);
    expect(first.left).toBe(10_000 - MAX_KEPT_CODES);
    expect(roomFor(MAX_KEPT_CODES - 2, [good, good, good])).toEqual({ fits: [good, good], left: 1 });
    const stored = storedCodes(first.fits);
    expect(stored.length).toBeLessThan(200_000);
    expect(parseStoredCodes(storedCodes(junk))).toHaveLength(MAX_KEPT_CODES);
  });

  it('drops anything but strings from stored codes', () => {
    expect(parseStoredCodes(JSON.stringify({ format: 1, codes: [good, 3, null, { a: 1 }] }))).toEqual([good]);
  });
});
