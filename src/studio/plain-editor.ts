import type { StudioEditor } from './editor';

/*
 * The page's plain text box as the studio's editor, for a browser that could not load CodeMirror
 * (offline before the studio was ever opened online, say): drafts, the checker, the map, the form
 * and the play-test all still work on it, with the findings listed but not marked in the text.
 */
export function plainEditor(box: HTMLTextAreaElement, onchange: (text: string) => void): StudioEditor {
  const changed = () => onchange(box.value);
  box.addEventListener('input', changed);
  const offsetOf = (line: number) => {
    let at = 0;
    for (let n = 1; n < line; n++) {
      const next = box.value.indexOf('\n', at);
      if (next < 0) break;
      at = next + 1;
    }
    return at;
  };
  return {
    text: () => box.value,
    replaceAll(text) {
      box.value = text;
    },
    apply({ from, to, insert }) {
      box.setRangeText(insert, from, to, 'end');
      changed();
    },
    goTo(line, column = 1) {
      const at = offsetOf(line) + column - 1;
      box.focus();
      box.setSelectionRange(at, at);
    },
    showFindings() {},
    focus: () => box.focus(),
    destroy: () => box.removeEventListener('input', changed),
  };
}
