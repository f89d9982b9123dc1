/**
 * One finding about a file an author wrote (a module, a glossary entry, content/framework.yaml, a
 * scenario…), positioned so the author can go straight to it. The content check and the scenario
 * checker both report in this shape, and `formatMessage` prints both the same way.
 */
export interface AuthoringMessage {
  severity: 'error' | 'warning';
  /** A stable id for the kind of finding; scenario findings all have one (docs/authoring-scenarios.md lists them). */
  code?: string;
  /** Path as given to the checker (relative to the project root in the CLIs and the build). */
  file: string;
  line: number;
  column: number;
  /** The scene the finding is about, when there is one. */
  scene?: string;
  /** The field, as a dotted path (`knowledgeCheck.2.answers`, `scenes.first-term.decision`), or '' for the file as a whole. */
  field: string;
  /** What is wrong, then what to do about it. */
  message: string;
}

/**
 * `file:line:column severity [code] scene "id" field: message`, leaving out what a finding does not
 * have. The position comes first, so an editor or terminal can jump to it.
 */
export function formatMessage(m: AuthoringMessage): string {
  const code = m.code ? ` [${m.code}]` : '';
  const scene = m.scene ? ` scene "${m.scene}"` : '';
  const field = m.field ? ` ${m.field}` : '';
  return `${m.file}:${m.line}:${m.column} ${m.severity}${code}${scene}${field}: ${m.message}`;
}
