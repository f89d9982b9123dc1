import type { EditorOptions, StudioEditor } from './editor';

/*
 * The page's plain text box as the studio's editor, for a browser that could not load CodeMirror
 * (offline before the studio was ever opened online, say): drafts, the checker, the map, the form
 * and the play-test all still work on it, with the findings listed but not marked in the text. It
 * keeps the code editor's contract: changes and cursor moves are reported, and going to a line
 * without a column lands on its first word, where the options form finds the scene.
 */
export function plainEditor(
  box: HTMLTextAreaElement,
  { onchange, oncursor }: Pick<EditorOptions, 'onchange' | 'oncursor'>,
): StudioEditor {
  const moved = () => oncursor(box.selectionStart);
  const changed = () => {
    onchange(box.value);
    moved();
  };
  box.addEventListener('input', changed);
  // A text box tells of no cursor move by itself: keys and clicks are where one happens.
  box.addEventListener('keyup', moved);
  box.addEventListener('pointerup', moved);
  const lineAt = (line: number) => {
    let from = 0;
    for (let n = 1; n < line; n++) {
      const next = box.value.indexOf('\n', from);
      if (next < 0) break;
      from = next + 1;
    }
    const end = box.value.indexOf('\n', from);
    return { from, text: box.value.slice(from, end < 0 ? undefined : end) };
  };
  return {
    text: () => box.value,
    replaceAll(text) {
      box.value = text;
      oncursor(0);
    },
    apply({ from, to, insert }) {
      // The cursor where the change begins, as in the code editor, so the form stays on its scene.
      box.setRangeText(insert, from, to, 'start');
      changed();
    },
    goTo(line, column) {
      const at = lineAt(line);
      const start = column ?? at.text.search(/\S|$/) + 1;
      const pos = at.from + Math.min(start - 1, at.text.length);
      box.focus();
      box.setSelectionRange(pos, pos);
      moved();
    },
    showFindings() {},
    focus: () => box.focus(),
    destroy() {
      box.removeEventListener('input', changed);
      box.removeEventListener('keyup', moved);
      box.removeEventListener('pointerup', moved);
    },
  };
}
