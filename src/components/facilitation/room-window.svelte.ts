import { readRoomPageData, type RoomPageData } from '../../facilitation/page-data';
import { roomSnapshot, type RoomState } from '../../facilitation/room';
import { audienceSteps } from '../../facilitation/steps';
import { compile, type ScenarioEngine } from '../../scenario/runtime';

/*
 * What the presenter view and the audience window share: the scenario the page carries, compiled
 * once it is running, and the room as it stands with the play it leads to and its projector
 * screens. Each window's controller extends this with what it does on top.
 */
export class RoomWindow {
  data = $state.raw<RoomPageData | null>(null);
  engine = $state.raw<ScenarioEngine | null>(null);
  room = $state.raw<RoomState | null>(null);
  failed = $state(false);

  // The play the room's path leads to, replayed once per change rather than once per use.
  readonly snapshot = $derived(this.engine && this.room ? roomSnapshot(this.engine, this.room.path) : null);
  readonly screens = $derived(this.engine && this.room ? audienceSteps(this.engine, this.room) : []);

  /** `element` is the window's part of the page that the controller measures or moves focus in. */
  constructor(protected readonly element: () => HTMLElement | undefined) {}

  /** Reads the page's scenario and compiles it; null, and `failed`, when the page has none. */
  protected open(dataId: string): { data: RoomPageData; engine: ScenarioEngine } | null {
    const data = (this.data = readRoomPageData(dataId));
    if (!data) {
      this.failed = true;
      return null;
    }
    return { data, engine: (this.engine = compile(data.payload)) };
  }
}
