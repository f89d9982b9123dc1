import { createStore, type RecordStore, type StorageLike } from './store';

let store: RecordStore | undefined;

/** localStorage when the browser lets us use it; reading the property itself can throw. */
function localStorageOrNothing(): StorageLike | undefined {
  try {
    const probe = '__cb_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The page's one learner-record store; islands share it through this module. */
export function browserStore(): RecordStore {
  store ??= createStore(localStorageOrNothing());
  return store;
}
