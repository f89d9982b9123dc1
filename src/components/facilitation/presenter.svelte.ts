import { tick } from 'svelte';
import { channelName, isRoomMessage, type RoomMessage } from '../../facilitation/channel';
import { act, ballot, sceneOnShow, type RoomAction, type RoomState } from '../../facilitation/room';
import { loadRoom, notesShown, rememberNotes, saveRoom } from '../../facilitation/room-store';
import { commandFor, ownsKeys, type Command } from '../../facilitation/shortcuts';
import { backward, forward } from '../../facilitation/steps';
import * as timers from '../../facilitation/timer';
import { localStorageOrNothing, type StorageLike } from '../../storage/local';
import { RoomWindow } from './room-window.svelte';

const NOT_SAVING = 'This browser is not saving the session, so a reload would start the scenario again.';

/*
 * The presenter view's controller. The rules of play are pure functions in src/facilitation/;
 * this joins them to the browser: every change to the room is saved and sent to the audience
 * window, the timer ticks, and each command (a button, a key, a clicker) lands in one place.
 * Presenter.svelte only draws what is here and calls these methods.
 */
export class PresenterView extends RoomWindow {
  timer = $state.raw<timers.TimerState>(timers.newTimer(3));
  now = $state(Date.now());
  notesOn = $state(true);
  helpOpen = $state(false);
  audienceOpen = $state(false);
  message = $state('');
  announcement = $state('');

  readonly sceneHere = $derived(this.engine && this.room ? sceneOnShow(this.engine, this.room) : null);
  readonly notes = $derived(this.sceneHere && this.data ? (this.data.notes[this.sceneHere.id] ?? '') : '');
  readonly screenIndex = $derived(this.room ? Math.min(this.room.step, this.screens.length - 1) : 0);

  #channel: BroadcastChannel | null = null;
  #storage: StorageLike | undefined;

  /** Reads the page's scenario and the saved room, and links to the audience window. Returns the clean-up. */
  mount(dataId: string): (() => void) | undefined {
    const opened = this.open(dataId);
    if (!opened) return;
    const { data, engine } = opened;
    this.#storage = localStorageOrNothing();
    const restored = loadRoom(engine, this.#storage);
    this.room = restored.state;
    if (restored.notice) this.message = restored.notice;
    // Storage the browser blocks outright is said at once; a write that fails later says the same.
    if (!this.#storage) this.message = NOT_SAVING;
    this.notesOn = notesShown(this.#storage);

    if (typeof BroadcastChannel === 'function') {
      const channel = (this.#channel = new BroadcastChannel(channelName(data.payload.scenario.id)));
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (!isRoomMessage(event.data)) return;
        if (event.data.type === 'hello') {
          this.audienceOpen = true;
          this.#broadcast();
        } else if (event.data.type === 'goodbye') this.audienceOpen = false;
      };
      this.#broadcast();
    }
    const ticker = setInterval(() => {
      const before = timers.remaining(this.timer, this.now);
      this.now = Date.now();
      if (this.timer.startedAt !== null && before > 0 && timers.remaining(this.timer, this.now) === 0)
        this.announcement = 'Time is up.';
    }, 500);
    return () => {
      clearInterval(ticker);
      this.#channel?.close();
    };
  }

  #broadcast() {
    if (this.#channel && this.room)
      this.#channel.postMessage({ type: 'room', state: this.room, timer: this.timer } satisfies RoomMessage);
  }

  #describe(state: RoomState): string {
    if (!this.engine) return '';
    if (state.phase === 'voting')
      return `Decision ${state.path.length + 1}: ${sceneOnShow(this.engine, state)?.scene.title ?? ''}`;
    if (state.phase === 'consequence') return 'The consequence is showing.';
    if (state.phase === 'debrief') return 'The group’s debrief is showing.';
    return 'The introduction is showing.';
  }

  async #focusHeading() {
    await tick();
    const heading = this.element()?.querySelector<HTMLElement>('#room-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  /** Plays an action on the room; a refusal is shown and said instead. True when the room changed. */
  dispatch(action: RoomAction): boolean {
    if (!this.engine || !this.room) return false;
    const result = act(this.engine, this.room, action);
    if (!result.ok) {
      this.message = result.message;
      this.announcement = result.message;
      return false;
    }
    const before = this.room;
    const room = (this.room = result.state);
    this.message = '';
    if (!this.#storage || !saveRoom(this.#storage, room)) this.message = NOT_SAVING;
    this.#broadcast();
    if (before.phase !== room.phase || before.path.length !== room.path.length) {
      this.announcement = this.#describe(room);
      void this.#focusHeading();
    }
    return true;
  }

  readonly restart = () => this.dispatch({ type: 'restart' });

  #setTimer(next: timers.TimerState) {
    this.timer = next;
    this.now = Date.now();
    this.#broadcast();
  }

  readonly startTimer = () => this.#setTimer(timers.startTimer(this.timer, Date.now()));
  readonly pauseTimer = () => this.#setTimer(timers.pauseTimer(this.timer, Date.now()));
  readonly resetTimer = (minutes: number) => this.#setTimer(timers.resetTimer(this.timer, minutes));

  /** From the link (with its click, opened as a popup) or the O key (without one, and said if the browser blocks it). */
  readonly openAudience = (event?: Event) => {
    if (!this.data) return;
    const opened = window.open(this.data.audienceHref, `cb-audience-${this.data.payload.scenario.id}`, 'popup');
    if (opened) event?.preventDefault();
    else if (!event) this.message = 'The browser blocked the audience window: use the “Open the audience window” link instead.';
  };

  readonly toggleNotes = () => {
    this.notesOn = !this.notesOn;
    this.announcement = this.notesOn ? 'Facilitator notes shown.' : 'Facilitator notes hidden.';
    rememberNotes(this.#storage, this.notesOn);
  };

  #run(command: Command) {
    const { engine, room } = this;
    if (!engine || !room) return;
    switch (command.type) {
      case 'advance':
        this.dispatch(forward(engine, room));
        return;
      case 'back':
        this.dispatch(backward(engine, room));
        return;
      case 'reveal':
        this.dispatch({ type: 'reveal' });
        return;
      case 'next':
        this.dispatch({ type: 'next' });
        return;
      case 'vote': {
        // Digit n is option n by letter (1 = A), open or not: a closed one answers with its reason.
        const option = ballot(engine, room)[command.index];
        if (!option) return;
        if (this.dispatch({ type: 'set-votes', option: option.id, count: option.votes + command.delta }))
          this.announcement = `${option.letter}: ${Math.max(0, option.votes + command.delta)} votes`;
        return;
      }
      case 'rewind': {
        const first = this.element()?.querySelector<HTMLElement>('[data-rewind]');
        if (first) first.focus();
        else this.announcement = this.message = 'There is no decision to go back to yet.';
        return;
      }
      case 'timer':
        if (this.timer.startedAt === null) this.startTimer();
        else this.pauseTimer();
        return;
      case 'notes':
        this.toggleNotes();
        return;
      case 'audience':
        this.openAudience();
        return;
      case 'help':
        this.helpOpen = true;
        return;
    }
  }

  readonly onkeydown = (event: KeyboardEvent) => {
    if (this.helpOpen || event.defaultPrevented || ownsKeys(event.target, event.key)) return;
    // Digits typed into the vote boxes are handled there; elsewhere they add votes.
    const command = commandFor(event);
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  };
}
