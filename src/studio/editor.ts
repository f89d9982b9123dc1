import { closeBrackets } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/*
 * The studio's code editor: CodeMirror 6 with YAML colouring, line numbers, undo, completion and
 * the checker's findings as marks in the text. Loaded only by the studio page, after the page
 * itself. Tab is left to the browser, so keyboard users move on from the editor as from any
 * field (CodeMirror's own advice); indenting is done with spaces as YAML needs.
 * Colours come from CSS classes the page styles with the site's own colours, so light and dark
 * both keep AA contrast (src/components/studio/Editor.svelte).
 */

const colours = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'tok-key' },
  { tag: [tags.string, tags.special(tags.string), tags.content], class: 'tok-text' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], class: 'tok-value' },
  { tag: [tags.comment, tags.lineComment], class: 'tok-comment' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], class: 'tok-mark' },
]);

export interface EditorOptions {
  text: string;
  /** The accessible name of the editing area. */
  label: string;
  /** Called after each change to the text (the caller waits for a pause before acting). */
  onchange: (text: string) => void;
  /** Called when the cursor moves, with its offset in the text. */
  oncursor: (offset: number) => void;
  /** Further help: completion and hover from the schema (assist/schema-assist.ts). */
  extensions?: Extension[];
}

export interface StudioEditor {
  text(): string;
  /** Replaces the whole text (opening another draft), keeping undo history apart. */
  replaceAll(text: string): void;
  /** A change made outside the editor (the options form): a minimal edit, undoable. */
  apply(change: { from: number; to: number; insert: string }): void;
  /** Moves the cursor to a line (1-based) and column, or the line's first word, scrolls it into view and focuses the editor. */
  goTo(line: number, column?: number): void;
  /** Marks the checker's findings in the text, each from its line and column to the end of that line. */
  showFindings(findings: readonly LineFinding[]): void;
  focus(): void;
  destroy(): void;
}

/** A finding where the checker put it: 1-based line and column. */
export interface LineFinding {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** More marks than this add nothing an author can act on and slow the editor on a huge draft; the list has them all. */
const MARKED = 500;

export function createEditor(parent: HTMLElement, options: EditorOptions): StudioEditor {
  const extensions = (): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    closeBrackets(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(colours),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    // tabindex: a scrolling region must hold something focusable by its own attributes (axe's rule), and the editing area is it.
    EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onchange(update.state.doc.toString());
      if (update.selectionSet || update.docChanged) options.oncursor(update.state.selection.main.head);
    }),
    ...(options.extensions ?? []),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.text, extensions: extensions() }) });

  return {
    text: () => view.state.doc.toString(),
    replaceAll(text) {
      view.setState(EditorState.create({ doc: text, extensions: extensions() }));
      options.oncursor(0);
    },
    apply(change) {
      view.dispatch({ changes: change, selection: EditorSelection.cursor(change.from), scrollIntoView: true });
    },
    goTo(line, column) {
      const doc = view.state.doc;
      const at = doc.line(Math.max(1, Math.min(line, doc.lines)));
      // Without a column, to the line's first word: on a scene's id, not the spaces before it.
      const start = column ?? at.text.search(/\S|$/) + 1;
      const pos = Math.min(at.from + start - 1, at.to);
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
    showFindings(findings) {
      const doc = view.state.doc;
      const marks: Diagnostic[] = findings.slice(0, MARKED).map((f) => {
        const at = doc.line(Math.max(1, Math.min(f.line, doc.lines)));
        const from = Math.min(at.from + Math.max(0, f.column - 1), at.to);
        return { from, to: at.to, severity: f.severity, message: f.message };
      });
      view.dispatch(setDiagnostics(view.state, marks));
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
