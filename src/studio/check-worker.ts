import { layoutScenarioMap } from '../scenario/map';
import { checkDraft } from './check';
import { knownIdsOf } from './course';
import { MAP_LIMIT, type CheckRequest, type WorkerReply } from './worker-messages';

/*
 * The studio's checker, away from the page's main thread, so typing never waits for an analysis.
 * One request at a time: the page ends a worker that is still busy with older text and starts
 * another (live-check.ts). (Type-checked with the page code, as record/check-worker.ts explains.)
 */
const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { text, course } = event.data;
  let scenario;
  try {
    const checked = checkDraft(text, knownIdsOf(course), (done, total) => reply({ kind: 'progress', done, total }));
    scenario = checked.scenario;
    reply({ kind: 'checked', check: checked.check });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!scenario) return reply({ kind: 'map', map: null, why: 'The map is drawn once the file passes the schema check.' });
  const scenes = Object.keys(scenario.scenes).length;
  if (scenes > MAP_LIMIT)
    return reply({
      kind: 'map',
      map: null,
      why: `This draft has ${scenes.toLocaleString('en-GB')} scenes. The map is drawn for up to ${MAP_LIMIT}, as laying out more takes a long time; use the list of scenes instead.`,
    });
  try {
    reply({ kind: 'map', map: layoutScenarioMap(scenario), why: '' });
  } catch {
    // A scene that points at a missing scene cannot be laid out; the findings already name it.
    reply({ kind: 'map', map: null, why: 'The map is drawn once every "next" names a scene that exists.' });
  }
};
