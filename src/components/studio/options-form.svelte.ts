import { optionsAt, readScenario, type SceneOptions } from '../../studio/options-form/read-options';
import type { TextChange } from '../../studio/options-form/text-change';
import {
  addOption,
  removeOption,
  writeOptionField,
  type OptionEdit,
  type WriteResult,
} from '../../studio/options-form/write-options';

/*
 * The options form's state: the scene at the editor's cursor, read from the text, and the edits
 * the form hands back to the editor. The form holds no copy of the options: after each edit the
 * editor's new text is read again, so the form and the text cannot drift apart.
 */

export interface OptionsFormSource {
  text: string;
  offset: number;
  onedit: (change: TextChange) => void;
}

/** Plain words for the fields the form leaves to the text (`inText`), with the field's name to look for. */
const inTextWords: Record<string, string> = {
  requires: 'when it can be chosen',
  unavailableReason: 'why it cannot be chosen yet',
  critical: 'the critical error it marks',
  statutoryStep: 'the statutory step it takes',
  'effects.supports': 'the supports it starts',
  'effects.vulnerability': 'its effect on vulnerability',
  'effects.relationships': 'its effect on relationships',
};

export function describeInText(path: string): string {
  const words = inTextWords[path];
  return words ? `${words} (${path})` : path;
}

export class OptionsFormState {
  /** Why the last edit was not made, and which option it was for ('new' when adding); cleared by the next edit. */
  problem = $state<{ option: number | 'new'; reason: string } | null>(null);

  // Read once per text, so moving the cursor only looks the scene up again.
  readonly #scenario = $derived.by(() => readScenario(this.source().text));
  readonly shown: SceneOptions = $derived.by(() => optionsAt(this.#scenario, this.source().offset));

  constructor(private readonly source: () => OptionsFormSource) {}

  edit(option: number, edit: OptionEdit): void {
    const { text } = this.source();
    if (this.shown.ok) this.#apply(option, writeOptionField(text, this.shown.scene, option, edit));
  }

  add(): void {
    if (this.shown.ok) this.#apply('new', addOption(this.source().text, this.shown.scene));
  }

  remove(option: number): void {
    if (this.shown.ok) this.#apply(option, removeOption(this.source().text, this.shown.scene, option));
  }

  #apply(option: number | 'new', result: WriteResult): void {
    if (!result.ok) {
      this.problem = { option, reason: result.reason };
      return;
    }
    this.problem = null;
    if (result.change) this.source().onedit(result.change);
  }
}
