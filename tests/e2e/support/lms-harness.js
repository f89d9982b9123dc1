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
  /** What the LMS has for the attempt now, as it would store it. */
  window.lmsState = () => JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi));
  /** The LMS closes the SCO, as when the learner leaves the activity. */
  window.closeSco = () => {
    document.getElementById('sco').src = 'about:blank';
  };
  document.getElementById('sco').src = `${params.get('pkg')}scorm/index.html?scope=${params.get('scope')}&version=${version}`;
})();
