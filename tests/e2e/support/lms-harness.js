// The LMS side of the SCORM tests, in the page as an LMS would be: scorm-again's API object on
// this window, the package's launch page in a frame below it. The test may set
// window.__lmsInitial (the CMI a real LMS would have stored) before this runs.
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const settings = { autocommit: false, logLevel: 5 };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (window.__lmsInitial) api.loadFromJSON(window.__lmsInitial);
  if (version === '1.2') window.API = api;
  else window.API_1484_11 = api;
  window.lms = api;
  window.lmsCalls = [];
  const calls = version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'];
  for (const name of calls) api.on(name, () => window.lmsCalls.push(name));
  // An LMS that stops saving (a lost connection, a server error) while the test sets
  // window.lmsRefuses: writes and commits answer "false" with the standard's general failure
  // code (2004: 351 and 391; 1.2: 101).
  window.lmsRefuses = false;
  const names =
    version === '1.2'
      ? { set: 'LMSSetValue', commit: 'LMSCommit', get: 'LMSGetValue', error: 'LMSGetLastError', codes: ['101', '101'] }
      : { set: 'SetValue', commit: 'Commit', get: 'GetValue', error: 'GetLastError', codes: ['351', '391'] };
  let refused = null;
  [names.set, names.commit].forEach((name, i) => {
    const real = api[name].bind(api);
    api[name] = (...args) => {
      refused = window.lmsRefuses ? names.codes[i] : null;
      return refused ? 'false' : real(...args);
    };
  });
  const realGet = api[names.get].bind(api);
  api[names.get] = (...args) => {
    refused = null;
    return realGet(...args);
  };
  const realError = api[names.error].bind(api);
  api[names.error] = () => refused ?? realError();
  /** What the LMS has for the attempt now, as it would store it. */
  window.lmsState = () => JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi));
  /** The LMS closes the SCO, as when the learner leaves the activity. */
  window.closeSco = () => {
    document.getElementById('sco').src = 'about:blank';
  };
  document.getElementById('sco').src = `${params.get('pkg')}scorm/index.html?scope=${params.get('scope')}&version=${version}`;
})();
