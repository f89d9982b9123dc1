import { browserStore } from '../record/browser';
import { XAPI_ACTOR_KEY } from '../storage/keys';
import { localStorageOrNothing, type StorageLike } from '../storage/local';
import { readPlayerData } from '../player/data';
import { pageCatalogue } from './catalogue';
import { CONFIG_ELEMENT_ID, readPageConfig } from './config';
import { createQueue } from './queue';
import { startTracker } from './tracker';
import { isUuid, randomUuid } from './uuid';

/*
 * The browser wiring, loaded by Base.astro only on sites with an LRS configured: it watches the
 * page's shared learner-record store, so nothing else on the page knows about xAPI. Statements are
 * queued in localStorage and sent on each change, when the browser comes back online, when a retry
 * falls due, and as the page is hidden or closed.
 */

/** The player's data element on scenario pages (src/pages/scenarios/[id]/index.astro). */
const SCENARIO_DATA_ID = 'scenario-data';
/** Retries closer together than this are pointless for a person's browser. */
const MIN_WAIT_MS = 1_000;

/**
 * A random id for this browser's learner, made once: the LRS can follow one learner's statements
 * without ever being told who they are. Without storage it lasts for this page only.
 */
function learnerId(storage: StorageLike | undefined): string {
  try {
    const saved = storage?.getItem(XAPI_ACTOR_KEY);
    if (saved && isUuid(saved)) return saved;
    const made = randomUuid();
    storage?.setItem(XAPI_ACTOR_KEY, made);
    return made;
  } catch {
    return randomUuid();
  }
}

function start() {
  const config = readPageConfig(document.getElementById(CONFIG_ELEMENT_ID)?.textContent);
  if (!config) return;
  const storage = localStorageOrNothing();
  const homePage = config.homePage ?? new URL(import.meta.env.BASE_URL, location.origin).href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tracker = startTracker({
    store: browserStore(),
    queue: createQueue(storage),
    target: { endpoint: config.endpoint, auth: config.auth },
    statements: {
      activityBase: config.activityBase,
      actor: { objectType: 'Agent', account: { homePage, name: learnerId(storage) } },
      courseTitle: config.courseTitle,
      passMark: config.passMark,
      catalogue: pageCatalogue(config.page, () => readPlayerData(SCENARIO_DATA_ID)?.payload ?? null),
      uuid: randomUuid,
    },
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    schedule(at) {
      clearTimeout(timer);
      if (at !== null) timer = setTimeout(() => void tracker.flush(), Math.max(MIN_WAIT_MS, at - Date.now()));
    },
    online: () => navigator.onLine !== false,
    warn: (message) => console.warn(message),
  });

  const flush = () => void tracker.flush();
  addEventListener('online', flush);
  addEventListener('pagehide', flush);
  // Mobile browsers may discard a hidden tab without a pagehide.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  // Statements left from an earlier visit, perhaps made offline.
  flush();
}

start();
