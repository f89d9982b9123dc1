import type { Path, Position } from '../authoring/yaml';
import { walkCondition } from './conditions';
import { isLibraryFile } from './library-bar';
import type { MessageCode, ScenarioMessage } from './report';
import { didYouMean, unknownIdMessage } from './suggest';
import { levelAggregates, optionKinds, type Condition, type Framework, type Scenario } from './types';

/**
 * The ids a scenario may refer to outside itself. A set left undefined means "the folder is empty
 * or missing": that check is skipped with a warning, so scenarios can be written before roles exist.
 */
export interface KnownIds {
  framework: Framework;
  roles?: ReadonlySet<string> | undefined;
  modules?: ReadonlySet<string> | undefined;
  concepts?: ReadonlySet<string> | undefined;
}

/** Turns a path into a positioned message; shared by every stage of the checker. */
export interface Emitter {
  (severity: 'error' | 'warning', code: MessageCode, path: Path, message: string, options?: { atKey?: boolean }): void;
  /** Where a path is in the file, so a message can send the author to a second place (a first use). */
  at(path: Path): Position;
}

export function createEmitter(
  file: string,
  messages: ScenarioMessage[],
  locate: (path: Path) => Position,
  locateKey: (path: Path) => Position,
): Emitter {
  const emit = (
    severity: 'error' | 'warning',
    code: MessageCode,
    path: Path,
    message: string,
    options?: { atKey?: boolean },
  ): void => {
    const position = options?.atKey ? locateKey(path) : locate(path);
    const m: ScenarioMessage = { severity, code, file, ...position, field: path.join('.'), message };
    if (path[0] === 'scenes' && typeof path[1] === 'string') m.scene = path[1];
    messages.push(m);
  };
  return Object.assign(emit, { at: locate });
}

const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');

const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();

/**
 * Every reference and rule that can be checked without playing: ids, scales, time order,
 * required companions (`requires` needs `unavailableReason`), stages with no scenes, help that
 * can never start, and the three-kinds rule (an error in the library, a warning in a draft).
 */
export function checkReferences(file: string, scenario: Scenario, known: KnownIds, emit: Emitter): void {
  const domains = new Set(known.framework.domains.map((d) => d.id));
  const dimensions = new Set(known.framework.dimensions.map((d) => d.id));
  const maxOf = new Map(known.framework.domains.map((d) => [d.id, d.scale.max]));
  const stageIndex = new Map<string, number>();
  const relationships = new Set<string>();
  const flagsSet = new Set<string>();
  const sceneIds = Object.keys(scenario.scenes);

  if (scenario.id !== baseName(file))
    emit('error', 'id-mismatch', ['id'], `the id "${scenario.id}" must match the file name "${baseName(file)}.yaml"`);

  const external = (
    set: ReadonlySet<string> | undefined,
    id: string,
    path: Path,
    code: MessageCode,
    what: string,
    folder: string,
  ) => {
    if (set && !set.has(id))
      emit(
        'error',
        code,
        path,
        unknownIdMessage(
          what,
          id,
          sorted(set),
          `${what}s (files in content/${folder})`,
          `Use one of them, or ask for "${id}" to be added to content/${folder} first.`,
        ),
      );
  };
  const skipped: [ReadonlySet<string> | undefined, string, Path][] = [
    [known.roles, 'role ids (content/roles)', ['role']],
    [known.modules, 'module ids (content/modules)', ['modules']],
    [known.concepts, 'glossary ids (content/glossary)', ['concepts']],
  ];
  for (const [set, what, path] of skipped)
    if (!set) emit('warning', 'ids-not-checked', path, `no ${what} were found, so these references were not checked`);
  external(known.roles, scenario.role, ['role'], 'unknown-role', 'role', 'roles');
  scenario.modules.forEach((m, i) => external(known.modules, m, ['modules', i], 'unknown-module', 'module', 'modules'));
  scenario.concepts.forEach((c, i) =>
    external(known.concepts, c, ['concepts', i], 'unknown-concept', 'glossary concept', 'glossary'),
  );

  const domain = (id: string, path: Path, atKey = false) => {
    if (!domains.has(id))
      emit(
        'error',
        'unknown-domain',
        path,
        unknownIdMessage('domain', id, domains, 'domains', 'Use one of them; they are the same in every scenario.'),
        { atKey },
      );
  };
  const domainKeys = (record: Record<string, number>, path: Path) =>
    Object.keys(record).forEach((d) => domain(d, [...path, d], true));
  // The second use is where the author is working; the first use's line says which one to rename.
  const unique = (ids: string[], path: (i: number) => Path, what: string) => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const earlier = first.get(id);
      if (earlier === undefined) return void first.set(id, i);
      emit(
        'error',
        'duplicate-id',
        path(i),
        `duplicate ${what} id "${id}": it is first used on line ${emit.at(path(earlier)).line}. Give each ${what} an id of its own.`,
      );
    });
  };

  domainKeys(scenario.start, ['start']);
  for (const d of domains) {
    const level = scenario.start[d];
    if (level === undefined) emit('error', 'missing-domain', ['start'], `no starting level for domain "${d}"`);
    else if (level > (maxOf.get(d) ?? 10))
      emit('error', 'level-out-of-scale', ['start', d], `${level} is above the top of the scale (${maxOf.get(d) ?? 10})`);
  }

  unique(
    scenario.stages.map((s) => s.id),
    (i) => ['stages', i, 'id'],
    'stage',
  );
  const stagesInUse = new Set(Object.values(scenario.scenes).map((scene) => scene.stage));
  const lastWithScenes = scenario.stages.reduce((last, stage, i) => (stagesInUse.has(stage.id) ? i : last), -1);
  scenario.stages.forEach((stage, i) => {
    if (!stageIndex.has(stage.id)) stageIndex.set(stage.id, i);
    // Play passes through a stage with no scenes all the same, so its drift moves every ending at
    // a point where the learner makes no decision: a gap left when scenes were moved or cut. A
    // stage after the last decision is different: an epilogue, where every play is judged once
    // more time has passed (and help chosen at the end has had time to act), so it is allowed.
    if (!stagesInUse.has(stage.id) && i < lastWithScenes)
      emit(
        'error',
        'empty-stage',
        ['stages', i, 'id'],
        `stage "${stage.id}" has no scenes, yet its drift and spill still change every play that passes through it, at a point where the learner makes no decision. Add a scene to this stage, or remove it and move its drift and spill into the next stage.`,
      );
    domainKeys(stage.drift, ['stages', i, 'drift']);
    stage.spill.forEach((rule, j) => {
      domain(rule.from, ['stages', i, 'spill', j, 'from']);
      domain(rule.to, ['stages', i, 'spill', j, 'to']);
    });
    if (i === 0 && (Object.keys(stage.drift).length || stage.spill.length)) {
      emit(
        'warning',
        'first-stage-drift',
        ['stages', 0],
        'drift and spill of the first stage are never applied: play starts there with the starting levels',
      );
    }
  });

  unique(
    scenario.relationships.map((r) => r.id),
    (i) => ['relationships', i, 'id'],
    'relationship',
  );
  scenario.relationships.forEach((r) => relationships.add(r.id));

  const optionIds: string[] = [];
  const optionPaths: Path[] = [];
  for (const [sceneId, scene] of Object.entries(scenario.scenes)) {
    scene.decision.options.forEach((o, i) => {
      o.effects.flags.forEach((f) => flagsSet.add(f));
      optionIds.push(o.id);
      optionPaths.push(['scenes', sceneId, 'decision', 'options', i, 'id']);
    });
  }
  unique(optionIds, (i) => optionPaths[i] ?? [], 'option');
  unique(
    scenario.endings.map((e) => e.id),
    (i) => ['endings', i, 'id'],
    'ending',
  );

  const unknownRelationship = (id: string, path: Path, atKey = false) =>
    emit(
      'error',
      'unknown-relationship',
      path,
      `unknown relationship "${id}".${didYouMean(id, relationships)} ${
        relationships.size
          ? `The relationships declared are: ${[...relationships].join(', ')}.`
          : 'No relationships are declared.'
      } Declare it under "relationships" (id and label), or use a declared one.`,
      { atKey },
    );
  const condition = (c: Condition, path: Path) =>
    walkCondition(c, [...path], (part, at) => {
      if ('flag' in part && !flagsSet.has(part.flag)) {
        emit(
          'error',
          'unknown-flag',
          [...at, 'flag'],
          `the flag "${part.flag}" is never set by any option, so this test can never pass.${didYouMean(part.flag, flagsSet)} ${
            flagsSet.size ? `The flags options set are: ${sorted(flagsSet).join(', ')}.` : 'No option sets a flag yet.'
          } Correct the name, or set the flag in some option's effects.flags.`,
        );
      }
      if ('level' in part && !(levelAggregates as readonly string[]).includes(part.level)) domain(part.level, [...at, 'level']);
      if ('relationship' in part && !relationships.has(part.relationship))
        unknownRelationship(part.relationship, [...at, 'relationship']);
      if ('level' in part || 'relationship' in part) {
        if (part.atLeast === undefined && part.atMost === undefined)
          emit('error', 'empty-range', at, 'give atLeast, atMost or both');
        else if (part.atLeast !== undefined && part.atMost !== undefined && part.atLeast > part.atMost) {
          emit('error', 'empty-range', at, `atLeast ${part.atLeast} is above atMost ${part.atMost}, so this test can never pass`);
        }
      }
    });

  const first = sceneIds[0];
  const firstStage = scenario.stages[0]?.id;
  const lastStage = scenario.stages.length - 1;
  const kindsSeverity = isLibraryFile(file) ? 'error' : 'warning';
  for (const [sceneId, scene] of Object.entries(scenario.scenes)) {
    const base: Path = ['scenes', sceneId];
    const here = stageIndex.get(scene.stage);
    if (here === undefined)
      emit(
        'error',
        'unknown-stage',
        [...base, 'stage'],
        unknownIdMessage(
          'stage',
          scene.stage,
          stageIndex.keys(),
          'stages',
          'Use one of them, or add the stage under "stages" in its place in time.',
        ),
      );
    if (sceneId === first && here !== undefined && scene.stage !== firstStage) {
      emit(
        'error',
        'first-scene-stage',
        [...base, 'stage'],
        `play begins at this scene (the first listed), so it must belong to the first stage "${firstStage}"`,
      );
    }
    scene.signals.forEach((s, i) => {
      domain(s.domain, [...base, 'signals', i, 'domain']);
      if (s.visibleIf) condition(s.visibleIf, [...base, 'signals', i, 'visibleIf']);
    });
    const options = scene.decision.options;
    options.forEach((o, i) => {
      const at: Path = [...base, 'decision', 'options', i];
      if (o.requires) condition(o.requires, [...at, 'requires']);
      if (o.requires && o.unavailableReason === undefined) {
        emit(
          'error',
          'missing-reason',
          [...at, 'requires'],
          'an option with "requires" needs an "unavailableReason" to show the learner while it is not available',
        );
      }
      if (!o.requires && o.unavailableReason !== undefined)
        emit(
          'warning',
          'unused-reason',
          [...at, 'unavailableReason'],
          'unavailableReason is never shown: the option has no "requires"',
        );
      domainKeys(o.effects.vulnerability, [...at, 'effects', 'vulnerability']);
      o.effects.supports.forEach((s, j) =>
        s.domains.forEach((d, k) => domain(d, [...at, 'effects', 'supports', j, 'domains', k])),
      );
      // Help acts from the stage after the one it is chosen in; chosen in the final stage with no
      // delay, the author means "help now", and the story ends before it can start. With a delay,
      // the waiting list outlasting the story is the point being made (the debrief says it never
      // started), so that is left alone.
      if (here === lastStage)
        o.effects.supports.forEach((s, j) => {
          if (s.delay === 0)
            emit(
              'warning',
              'late-support',
              [...at, 'effects', 'supports', j],
              `"${o.id}" starts "${s.label}" in the final stage, so it never acts: help begins at the stage after the one it is chosen in, and the story ends first. To show a difference now, use "vulnerability" instead; if the point is that help comes too late, give it a "delay" as a waiting list would.`,
            );
        });
      for (const r of Object.keys(o.effects.relationships)) {
        if (!relationships.has(r)) unknownRelationship(r, [...at, 'effects', 'relationships', r], true);
      }
      for (const d of Object.keys(o.scores)) {
        if (!dimensions.has(d))
          emit(
            'error',
            'unknown-dimension',
            [...at, 'scores', d],
            unknownIdMessage(
              'dimension',
              d,
              dimensions,
              'dimensions (content/framework.yaml)',
              'Score on one of them; the framework is shared by every scenario.',
            ),
            { atKey: true },
          );
      }
      external(known.modules, o.expert.module, [...at, 'expert', 'module'], 'unknown-module', 'module', 'modules');
      if (o.next !== undefined) {
        const target = scenario.scenes[o.next];
        if (!target)
          emit(
            'error',
            'unknown-scene',
            [...at, 'next'],
            unknownIdMessage('scene', o.next, sceneIds, 'scenes', 'Point "next" at one of them, or write the scene.'),
          );
        else {
          const there = stageIndex.get(target.stage);
          if (here !== undefined && there !== undefined && there < here) {
            emit(
              'error',
              'time-backwards',
              [...at, 'next'],
              `"${o.next}" is in an earlier stage ("${target.stage}") than this scene ("${scene.stage}"); time only moves forward`,
            );
          }
        }
      }
    });
    const missing = optionKinds.filter((k) => !options.some((o) => o.kind === k));
    if (missing.length)
      emit(
        kindsSeverity,
        'missing-kinds',
        [...base, 'decision', 'options'],
        `this decision offers no ${missing.join(' or ')} option; each decision should offer all three kinds${
          kindsSeverity === 'error' ? ' (the library requires it; a draft outside scenarios/ only gets a warning)' : ''
        }. Add one, so the learner can compare the three responses here.`,
      );
  }
  scenario.endings.forEach((e, i) => condition(e.when, ['endings', i, 'when']));
}
