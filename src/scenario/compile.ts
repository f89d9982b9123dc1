import { assign, setup } from 'xstate';
import { buildLookup, type ScenarioLookup } from './lookup';
import { holds } from './conditions';
import { applyOption, enterScene, finishPlay, initialContext, isAvailable } from './model';
import type { CompiledScenario, PlayContext } from './types';

/** The one event of a scenario: the learner chose an option. */
export interface ChooseEvent {
  type: 'choose';
  option: string;
}

export const sceneState = (id: string): string => `scene:${id}`;
export const endingState = (id: string): string => `ending:${id}`;
/** Where play waits while the ending is chosen; staying here means no ending matched. */
export const RESOLVING = 'resolving';

type GuardRef = { type: 'optionAllowed'; params: { option: string } } | { type: 'endingMatches'; params: { ending: string } };
type ActionRef =
  | { type: 'enterScene'; params: { scene: string } }
  | { type: 'applyOption'; params: { option: string } }
  | { type: 'finishPlay' }
  | { type: 'recordEnding'; params: { ending: string } };
interface StateConfig {
  entry?: ActionRef[];
  on?: { choose: { guard: GuardRef; target: string; actions: ActionRef[] }[] };
  always?: { guard: GuardRef; target: string }[];
  type?: 'final';
}

/**
 * The machine config as pure data: one state per scene, one transition per option (guarded by
 * name), a resolving state whose eventless transitions pick the ending, one final state per ending.
 */
export function machineConfig(payload: CompiledScenario, context: PlayContext) {
  const { scenario } = payload;
  const states: Record<string, StateConfig> = {};
  for (const [id, scene] of Object.entries(scenario.scenes)) {
    states[sceneState(id)] = {
      entry: [{ type: 'enterScene', params: { scene: id } }],
      on: {
        choose: scene.decision.options.map((o) => ({
          guard: { type: 'optionAllowed', params: { option: o.id } },
          target: o.next === undefined ? RESOLVING : sceneState(o.next),
          actions: [{ type: 'applyOption', params: { option: o.id } }],
        })),
      },
    };
  }
  states[RESOLVING] = {
    entry: [{ type: 'finishPlay' }],
    always: scenario.endings.map((e) => ({
      guard: { type: 'endingMatches', params: { ending: e.id } },
      target: endingState(e.id),
    })),
  };
  for (const e of scenario.endings) {
    states[endingState(e.id)] = { type: 'final', entry: [{ type: 'recordEnding', params: { ending: e.id } }] };
  }
  return { id: scenario.id, context, initial: sceneState(Object.keys(scenario.scenes)[0] ?? ''), states };
}

function createScenarioMachine(payload: CompiledScenario, lookup: ScenarioLookup) {
  return setup({
    types: { context: {} as PlayContext, events: {} as ChooseEvent },
    guards: {
      optionAllowed: ({ context, event }, params: { option: string }) => {
        const found = lookup.options.get(params.option);
        return event.option === params.option && found !== undefined && isAvailable(found.option, context);
      },
      endingMatches: ({ context }, params: { ending: string }) => {
        const ending = lookup.scenario.endings.find((e) => e.id === params.ending);
        return ending !== undefined && holds(ending.when, context);
      },
    },
    actions: {
      enterScene: assign(({ context }, params: { scene: string }) => enterScene(context, lookup, params.scene)),
      applyOption: assign(({ context }, params: { option: string }) => applyOption(context, lookup, params.option)),
      finishPlay: assign(({ context }) => finishPlay(context, lookup)),
      recordEnding: assign((_, params: { ending: string }) => ({ ending: params.ending })),
    },
  }).createMachine(machineConfig(payload, initialContext(lookup)));
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;

/** A scenario ready to play: the payload, its index and its XState machine. */
export interface ScenarioEngine {
  payload: CompiledScenario;
  lookup: ScenarioLookup;
  machine: ScenarioMachine;
}

/** Builds the machine in the browser from the payload the build produced. */
export function compile(payload: CompiledScenario): ScenarioEngine {
  const lookup = buildLookup(payload.scenario, payload.framework);
  return { payload, lookup, machine: createScenarioMachine(payload, lookup) };
}
