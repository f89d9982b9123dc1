import { describe, expect, it } from 'vitest';
import { scenarioFetcher, scenariosToLoad, withFetched, type LoadedScenarios } from '../../../src/facilitation/scenario-fetch';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { shippedEngines } from './helpers';

const engines = shippedEngines();
const sami = engines.get('sami')!;
const amira = engines.get('amira')!;
const none: LoadedScenarios = { engines: new Map(), unloaded: new Set() };

/** A fetch that answers from `answers` by URL (a thrown error for a dropped connection), and counts its calls. */
function fakeFetch(answers: Record<string, 'down' | { status: number; body?: unknown }>) {
  const asked: string[] = [];
  const get = (async (url: string) => {
    asked.push(url);
    const answer = answers[url];
    if (!answer || answer === 'down') throw new TypeError('Failed to fetch');
    return { ok: answer.status === 200, json: async () => answer.body } as Response;
  }) as typeof fetch;
  return { get, asked };
}

describe('fetching the scenarios the codes name', () => {
  it('loads a scenario from under the site’s base, once for adds that overlap', async () => {
    const net = fakeFetch({ '/cpd/scenarios/sami/scenario.json': { status: 200, body: sami.payload } });
    const engineOf = scenarioFetcher('/cpd/', net.get);
    const [a, b] = await Promise.all([engineOf('sami'), engineOf('sami')]);
    expect(a?.payload.hash).toBe(sami.payload.hash);
    expect(b).toBe(a);
    expect(net.asked).toEqual(['/cpd/scenarios/sami/scenario.json']);
  });

  it('gives nothing when the connection is down or the file is missing, and asks again next time', async () => {
    const net = fakeFetch({ '/scenarios/sami/scenario.json': 'down', '/scenarios/gone/scenario.json': { status: 404 } });
    const engineOf = scenarioFetcher('/', net.get);
    expect(await engineOf('sami')).toBeNull();
    expect(await engineOf('gone')).toBeNull();
    expect(await engineOf('sami')).toBeNull();
    expect(net.asked.filter((u) => u.includes('sami'))).toHaveLength(2);
  });

  it('asks only for scenarios on the site that are named and not loaded yet, each once', () => {
    const loaded: LoadedScenarios = { engines: new Map([['amira', amira]]), unloaded: new Set(['ruby']) };
    const codes = ['CB1.sami.x', 'CB1.SAMI.y', 'CB1.amira.z', 'CB1.ruby.w', 'CB1.elsewhere.v', 'not a code'];
    expect(scenariosToLoad(codes, new Set(['sami', 'amira', 'ruby']), loaded)).toEqual(['sami', 'ruby']);
    expect(scenariosToLoad([], new Set(['sami']), none)).toEqual([]);
  });

  it('counts a scenario loaded once it arrives, and unloaded while it cannot be had', () => {
    const before: LoadedScenarios = { engines: new Map(), unloaded: new Set(['sami']) };
    const after = withFetched(before, [
      ['sami', sami],
      ['amira', null],
    ] as [string, ScenarioEngine | null][]);
    expect([...after.engines.keys()]).toEqual(['sami']);
    expect([...after.unloaded]).toEqual(['amira']);
    // The earlier state is left as it was: the page replaces it rather than changing it.
    expect(before.unloaded.has('sami')).toBe(true);
    expect(before.engines.size).toBe(0);
  });
});
