/** One finding about a content file, positioned so an author can go straight to it. */
export interface ContentMessage {
  severity: 'error' | 'warning';
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** The field, as a dotted path (`knowledgeCheck.2.answers`), or '' for the file as a whole. */
  field: string;
  message: string;
}

export function formatMessage(m: ContentMessage): string {
  const where = `${m.file}:${m.line}:${m.column}`;
  return `${m.severity === 'error' ? 'error' : 'warning'} ${where}${m.field ? ` ${m.field}:` : ''} ${m.message}`;
}
