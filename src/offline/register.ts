/*
 * Registers the offline copy (sw.js) and, when a newer version of the course has been deployed
 * and downloaded in the background, offers to reload into it. It never reloads on its own: a
 * learner mid-reflection or a facilitator mid-session decides when.
 */
// Astro's own, already in the '/cpd/' form: importing src/urls/base.ts here would put its chunk on every page's first load.
const base = import.meta.env.BASE_URL;

function offerReload(worker: ServiceWorker) {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice no-print';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of the course is ready.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to use it';
  button.addEventListener('click', () => {
    reloadWhenReady = true;
    worker.postMessage('skip-waiting');
  });
  notice.append(text, button);
  document.body.append(notice);
}

let reloadWhenReady = false;

/** Data Saver on: do not download the whole course in the background. */
const savingData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

function register() {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenReady) location.reload();
  });
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          // With no controller this is the first install, not an update: nothing to offer.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerReload(worker);
        });
      });
    })
    .catch(() => {
      // Without a service worker (private windows, file://, old browsers) the course simply needs the network.
    });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && !savingData()) {
  // Storing the course (about 6 MB) waits until the page has loaded and the browser is idle, so a
  // first visit on a phone is not slowed by it.
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1000));
  if (document.readyState === 'complete') idle(register);
  else addEventListener('load', () => idle(register), { once: true });
}
