import { downloadText } from '../../files/download';
import type { ScenarioMap } from '../../scenario/map';
import { localStorageOrNothing, onOtherTabChange, type StorageLike } from '../../storage/local';
import { memoryStorage } from '../../storage/memory';
import { draftFile, type DraftCheck } from '../../studio/draft';
import { DraftStore, STUDIO_DRAFTS_KEY, studioDraftKey, type DraftInfo, type SaveOutcome } from '../../studio/drafts';
import { LiveChecker } from '../../studio/live-check';
import type { WorkerReply } from '../../studio/worker-messages';
import type { StudioEditor } from '../../studio/editor';
import type { StudioPageData } from './studio-page';

/*
 * The studio's state and what its buttons do, apart from how they are drawn (Studio.svelte):
 * which draft is open and whether it is saved, the latest check and map, and the other tabs.
 * The text itself lives in the editor; this keeps a copy for saving and checking.
 */

/** Saves wait this long after the last keystroke; the page also saves at once when it is hidden or closed. */
const SAVE_AFTER_MS = 300;
/** A check starts after a pause in typing this long. */
const CHECK_AFTER_MS = 600;
/** The options form reads the text after a pause this long. */
const SETTLE_AFTER_MS = 300;

/** 'new': the template or a copy not yet changed, so there is nothing of the author's to keep yet. */
export type SaveState = SaveOutcome | 'pending' | 'new';

export class Studio {
  drafts = $state.raw<DraftInfo[]>([]);
  draftId = $state<string | null>(null);
  saveState = $state<SaveState>('new');
  /** Something the author should know now: a draft changed in another tab, a file that could not be opened. */
  notice = $state('');
  /** Whether this browser keeps drafts at all. */
  readonly keeps: boolean;

  checking = $state(false);
  progress = $state.raw<{ done: number; total: number } | null>(null);
  check = $state.raw<DraftCheck | null>(null);
  checkFailed = $state('');
  map = $state.raw<ScenarioMap | null>(null);
  mapWhy = $state('');
  cursor = $state(0);
  /**
   * The text once typing has paused, for the options form: it reads the whole file, which is too
   * slow to do at every keystroke in a long scenario.
   */
  settledText = $state.raw('');

  #text: string;
  #editor: StudioEditor | null = null;
  #store: DraftStore;
  #checker: LiveChecker;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly page: StudioPageData,
    storage: StorageLike | undefined = localStorageOrNothing(),
  ) {
    this.keeps = storage !== undefined;
    const kept = storage ?? memoryStorage();
    this.#store = new DraftStore(kept);
    this.#checker = new LiveChecker(page.course, (r) => this.#heard(r));
    this.drafts = this.#store.list();
    const last = this.#store.lastOpen();
    const text = last === null ? null : this.#store.read(last);
    if (last !== null && text !== null) {
      this.draftId = last;
      this.saveState = 'saved';
      this.#text = text;
    } else {
      this.#text = page.template;
    }
    this.settledText = this.#text;
    if (storage)
      onOtherTabChange(
        storage,
        (key) => key === STUDIO_DRAFTS_KEY || key.startsWith(studioDraftKey('')),
        () => this.#otherTab(),
      );
  }

  get text(): string {
    return this.#text;
  }

  /** The file the draft will be, by its id once typing has paused. */
  get file(): string {
    return draftFile(this.settledText);
  }

  /** Connects the editor once it has loaded (or the plain text box, if it could not), and checks what it shows. */
  attach(editor: StudioEditor | null): void {
    this.#editor = editor;
    if (editor && editor.text() !== this.#text) editor.replaceAll(this.#text);
    this.#checkSoon(0);
  }

  /** Words typed into the plain text box before the editor loaded are kept as a draft of their own. */
  keepEarlyTyping(text: string): void {
    this.#open(null, text);
    this.#saveNow();
    this.notice = 'What you typed before the editor loaded is kept as a new draft.';
  }

  /** The editor's text changed (typing, undo, the options form). */
  typed(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.saveState = 'pending';
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => (this.settledText = this.#text), SETTLE_AFTER_MS);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#saveNow(), SAVE_AFTER_MS);
    this.#checkSoon(CHECK_AFTER_MS);
  }

  /** Saves any change not yet saved: called when the page is hidden or closed. */
  flush(): void {
    if (this.saveState === 'pending') this.#saveNow();
  }

  openDraft(id: string): void {
    const text = this.#store.read(id);
    if (text === null) {
      this.notice = 'That draft is no longer in this browser; it may have been deleted in another tab.';
      this.drafts = this.#store.list();
      return;
    }
    this.flush();
    this.#open(id, text);
  }

  /** A new draft: the template, a copy of a shipped scenario or an opened file. */
  startFrom(text: string, what: string): void {
    this.flush();
    this.#open(null, text);
    this.saveState = 'pending';
    // Saved in a task of its own: writing a file of several MB to storage is itself a long step.
    this.#saveTimer = setTimeout(() => this.#saveNow());
    this.notice = `${what} is open as a new draft.`;
  }

  async copyShipped(id: string): Promise<void> {
    const shipped = this.page.shipped.find((s) => s.id === id);
    if (!shipped) return;
    try {
      const response = await fetch(shipped.href);
      if (!response.ok) throw new Error(String(response.status));
      this.startFrom(await response.text(), `A copy of “${shipped.title}”`);
    } catch {
      this.notice = `“${shipped.title}” could not be fetched. If you are offline, open the studio once while online first.`;
    }
  }

  async openFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      this.notice = `${file.name} is not saved as UTF-8, so it was not opened. Save it again as “UTF-8” in your editor and open it again.`;
      return;
    }
    this.startFrom(text, file.name);
  }

  download(): void {
    const name = draftFile(this.#text).slice('scenarios/'.length);
    downloadText(name, this.#text, 'application/yaml');
  }

  removeDraft(id: string): void {
    this.#store.remove(id);
    this.drafts = this.#store.list();
    if (id === this.draftId) this.#open(null, this.page.template);
  }

  /** Ends the check that is running; the next pause in typing starts a new one. */
  stop(): void {
    this.#checker.cancel();
    clearTimeout(this.#checkTimer);
    this.checking = false;
    this.progress = null;
    this.checkFailed = 'Checking stopped. It starts again when you next change the text, or press “Check now”.';
  }

  checkNow(): void {
    this.#checkSoon(0);
  }

  goTo(line: number, column?: number): void {
    this.#editor?.goTo(line, column);
  }

  /**
   * A change from the options form, worked out on `base`: made in the editor, so it can be undone
   * there. If the text has moved on since the form read it, the change is not made, as its
   * places would be out of step, and the form reads the text again.
   */
  edit(change: { from: number; to: number; insert: string }, base: string): void {
    if (base !== this.#text) {
      this.settledText = this.#text;
      this.notice = 'The text changed while you were using the form, so that change was not made. Please make it again.';
      return;
    }
    if (this.#editor) this.#editor.apply(change);
    else this.typed(this.#text.slice(0, change.from) + change.insert + this.#text.slice(change.to));
    clearTimeout(this.#settleTimer);
    this.settledText = this.#text;
  }

  #open(id: string | null, text: string): void {
    clearTimeout(this.#saveTimer);
    this.draftId = id;
    this.#text = text;
    this.settledText = text;
    this.saveState = id === null ? 'new' : 'saved';
    this.check = null;
    this.map = null;
    this.#editor?.replaceAll(text);
    this.#checkSoon(0);
  }

  #saveNow(): void {
    clearTimeout(this.#saveTimer);
    if (this.draftId === null) {
      const { id, outcome } = this.#store.create(this.#text);
      this.draftId = id;
      this.saveState = outcome;
    } else {
      this.saveState = this.#store.save(this.draftId, this.#text);
    }
    this.drafts = this.#store.list();
  }

  #checkSoon(delay: number): void {
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => {
      this.checking = true;
      this.checkFailed = '';
      this.progress = null;
      this.#checker.check(this.#text);
    }, delay);
  }

  #heard(reply: WorkerReply): void {
    if (reply.kind === 'progress') this.progress = { done: reply.done, total: reply.total };
    else if (reply.kind === 'checked') {
      this.check = reply.check;
      this.#editor?.showFindings(reply.check.messages);
      this.progress = null;
    } else if (reply.kind === 'map') {
      this.map = reply.map;
      this.mapWhy = reply.why;
      this.checking = false;
    } else {
      this.checking = false;
      this.progress = null;
      this.checkFailed = `The checker stopped on this text (${reply.message}). Change the text or press “Check now” to try again.`;
    }
  }

  /** Another tab saved a draft: refresh the list, and take up its text if it is the draft open here. */
  #otherTab(): void {
    this.drafts = this.#store.list();
    if (this.draftId === null) return;
    const stored = this.#store.read(this.draftId);
    if (stored === null || stored === this.#text) return;
    if (this.saveState === 'pending') {
      // Both tabs changed this draft at once: keep this tab's words as a draft of their own.
      this.#open(null, this.#text);
      this.#saveNow();
      this.notice =
        'This draft was changed in another tab while you were typing here. Your version is kept as a separate draft, so neither is lost.';
      return;
    }
    this.#open(this.draftId, stored);
    this.notice = 'This draft was changed in another tab; this tab now shows that version.';
  }
}
