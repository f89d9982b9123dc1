/*
 * The launch page of a SCORM package (scorm/index.html): the one page the LMS opens. It holds
 * the LMS session for the whole visit and shows the course in a frame below it, so the learner
 * moves between modules and scenarios without ending the session (a SCORM session cannot be
 * started again once finished, and every page change would finish it).
 *
 *   ?scope=course|<scenario id>   what the package covers and reports (default: the course)
 *   ?version=1.2|2004             the standard the package was built for
 *
 * On start it merges the LMS's resume data into this learner's record, then opens the course.
 * Whenever the record changes (the course pages write it; this window hears of it through the
 * storage event) it sends the resume data, the report and the decisions made since; on leaving
 * it sends them once more and finishes. Whatever the LMS does, the learner's work is in their
 * browser first; when the LMS stops saving, the learner is told (save-guard.ts, saving-notice.ts).
 */
import { pageHref } from '../urls/base';
import { readJsonElement } from '../security/json-element';
import { localStorageOrNothing, onOtherTabChange } from '../storage/local';
import { learnerPrefix, offerLearnerPrefix, prefixedStorage } from '../storage/learner';
import { createStore, RECORD_KEY } from '../record/store';
import { compile, type ScenarioEngine } from '../scenario/runtime';
import { packageReport, type PackageScope } from './course-result';
import { decisionInteractions } from './interactions';
import { applyResumeState, type ResumeCourse } from './resume-record';
import { findScormApi, type ScormVersion } from './scorm-api';
import { createSaveGuard } from './save-guard';
import { savingNotice } from './saving-notice';
import { createScormSession } from './scorm-session';
import { courseOutline, decodeResumeState, encodeResumeState, resumeStateFromRecord } from './suspend-data';

export interface LaunchData {
  modules: ResumeCourse['modules'];
  scenarios: string[];
  /** siteConfig.integrations.scormPassMark. */
  passMark: number;
  /** The site's base as this page sees it ('../' once the addresses are made relative). */
  base: string;
}

const status = document.querySelector<HTMLElement>('[data-lms-status]');
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-course]');

function say(text: string) {
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

async function loadEngines(base: string, ids: readonly string[]): Promise<Map<string, ScenarioEngine> | null> {
  try {
    const payloads = await Promise.all(
      ids.map(async (id) => {
        const response = await fetch(`${base}scenarios/${id}/scenario.json`);
        if (!response.ok) throw new Error(`${id}: ${response.status}`);
        return [id, compile(await response.json())] as const;
      }),
    );
    return new Map(payloads);
  } catch (error) {
    console.warn('Crossing Boundaries: the scenarios could not be loaded for the LMS’s resume data.', error);
    return null;
  }
}

async function launch(data: LaunchData) {
  const params = new URLSearchParams(location.search);
  let scopeId = params.get('scope') ?? 'course';
  if (scopeId !== 'course' && !data.scenarios.includes(scopeId)) {
    say(`This package names a scenario this copy of the course does not have ("${scopeId}"), so it opens the whole course.`);
    scopeId = 'course';
  }
  const version = params.get('version');
  const modules = scopeId === 'course' ? data.modules : [];
  const scope: PackageScope = { modules: modules.map((m) => m.id), scenarios: scopeId === 'course' ? data.scenarios : [scopeId] };
  const startPage = pageHref(data.base, scopeId === 'course' ? '' : `scenarios/${scopeId}/`);

  const versions: ScormVersion[] | undefined = version === '1.2' || version === '2004' ? [version] : undefined;
  const found = findScormApi(window, versions);
  const session = found
    ? createScormSession(found, {
        now: Date.now,
        onProblem: (p) =>
          console.warn(
            `Crossing Boundaries: the LMS refused ${p.call}${p.element ? ` (${p.element})` : ''}: ${p.code} ${p.message} ${p.diagnostic}`.trim(),
          ),
      })
    : null;
  // Decisions made from now on go to the LMS as interactions; earlier ones were sent before.
  const since = Date.now();
  const started = session?.start() ?? null;
  if (!found) say('No learning management system found: your progress is kept in this browser only.');
  else if (!started) say('The learning management system did not start a session, so this visit is kept in this browser only.');

  const prefix = started ? learnerPrefix(started.learnerId) : '';
  offerLearnerPrefix(window, prefix);
  const storage = localStorageOrNothing();
  const store = createStore(storage && prefixedStorage(storage, prefix));

  if (session && started) {
    const engines = await loadEngines(data.base, scope.scenarios);
    const decoded = decodeResumeState(started.suspendData);
    if (decoded.ok && engines) {
      store.update((record) => applyResumeState(record, decoded.state, { modules, engines }).record);
    } else if (!decoded.ok && decoded.problem !== 'empty') {
      console.warn(`Crossing Boundaries: ${decoded.message}`);
    }
    // Resume data is only sent once it can hold everything: with the scenarios missing, or in a
    // format this copy cannot read, sending ours would wipe what the LMS has.
    const outline = engines && (decoded.ok || decoded.problem !== 'newer') ? courseOutline(modules, engines.values()) : null;
    const sync = () => {
      const record = store.refresh();
      if (outline) session.suspend(encodeResumeState(resumeStateFromRecord(record, outline)));
      session.report(packageReport(record, scope, data.passMark));
      if (engines) session.journal(decisionInteractions(record, engines, since));
    };
    const notice = savingNotice(document);
    const guard = createSaveGuard({
      save: (again) => {
        const failures = session.failures;
        // After a failure the LMS may have lost any of it: send it all, not only what changed.
        if (again) session.forget();
        sync();
        return session.failures === failures;
      },
      schedule: (run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
      onState: (state) => notice.show(state),
    });
    notice.onRetry(() => {
      guard.retryNow();
      if (guard.state !== 'saved') notice.stillFailing(new Date());
    });
    guard.save();
    if (storage)
      onOtherTabChange(
        storage,
        (key) => key === prefix + RECORD_KEY,
        () => guard.save(),
      );
    addEventListener('pagehide', () => {
      sync();
      session.finish();
    });
  }
  if (frame) frame.src = startPage;
}

const data = readJsonElement<LaunchData>('lms-launch');
if (data) void launch(data);
else say('This package is damaged: its course data is missing. Please tell whoever runs your course.');
