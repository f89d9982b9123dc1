import { channelName, isRoomMessage, type RoomMessage } from '../../facilitation/channel';
import { largestFit } from '../../facilitation/fit';
import { restoreRoom } from '../../facilitation/room-restore';
import { stepKey, stepOnShow } from '../../facilitation/steps';
import type { TimerState } from '../../facilitation/timer';
import { RoomWindow } from './room-window.svelte';

/*
 * The audience window's controller: it listens to the presenter over the channel and keeps what
 * it was last sent, ticks the clock, follows full screen, and sizes the slide's text to the
 * window. It never changes the room. Audience.svelte only draws what is here.
 */
export class AudienceView extends RoomWindow {
  timer = $state.raw<TimerState | null>(null);
  now = $state(Date.now());
  unsupported = $state(false);
  fullscreen = $state(false);
  /** How many screens the presenter has sent; lets a test know the newest one has been drawn. */
  received = $state(0);

  readonly step = $derived(this.engine && this.room ? stepOnShow(this.engine, this.room) : null);
  readonly timerShown = $derived(this.timer !== null && (this.timer.startedAt !== null || this.timer.elapsedMs > 0));
  // A short line for screen readers; the whole screen would be too much to read out on every change.
  readonly said = $derived.by(() => {
    const { step, screens } = this;
    if (!step) return '';
    const at = screens.findIndex((s) => stepKey(s) === stepKey(step));
    return screens.length > 1 ? `${step.label}, screen ${at + 1} of ${screens.length}` : step.label;
  });

  /** Reads the page's scenario and starts listening for the presenter. Returns the clean-up. */
  mount(dataId: string): (() => void) | undefined {
    const opened = this.open(dataId);
    if (!opened) return;
    const { data, engine } = opened;
    if (typeof BroadcastChannel !== 'function') {
      this.unsupported = true;
      return;
    }
    const channel = new BroadcastChannel(channelName(data.payload.scenario.id));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isRoomMessage(message) || message.type !== 'room') return;
      this.timer = message.timer;
      this.room = restoreRoom(engine, message.state).state;
      this.received++;
    };
    channel.postMessage({ type: 'hello' } satisfies RoomMessage);
    const bye = () => channel.postMessage({ type: 'goodbye' } satisfies RoomMessage);
    addEventListener('pagehide', bye);
    const onFullscreen = () => (this.fullscreen = Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onFullscreen);
    const ticker = setInterval(() => (this.now = Date.now()), 500);
    // The stage scales with the window; the fitted size is a share of it, but wrapping can change.
    const resized = new ResizeObserver(() => this.fit());
    resized.observe(document.documentElement);
    void document.fonts?.ready.then(this.fit);
    return () => {
      bye();
      removeEventListener('pagehide', bye);
      document.removeEventListener('fullscreenchange', onFullscreen);
      clearInterval(ticker);
      resized.disconnect();
      channel.close();
    };
  }

  /** Sets the slide's text (the element) as large as it can be without the screen scrolling. */
  readonly fit = () => {
    const node = this.element();
    if (!node) return;
    node.style.setProperty('--zoom', String((node.parentElement?.clientWidth ?? 1280) / 900));
    const at = (scale: number) => {
      node.style.setProperty('--fit', String(scale));
      return node.scrollHeight <= node.clientHeight + 1 && node.scrollWidth <= node.clientWidth + 1;
    };
    const found = largestFit(at);
    at(found.scale);
    node.dataset.fits = String(found.fits);
    node.dataset.fitted = String(found.scale);
  };

  readonly toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  readonly onkeydown = (event: KeyboardEvent) => {
    if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey) this.toggleFullscreen();
  };
}
