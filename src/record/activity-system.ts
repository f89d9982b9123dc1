import type { ActivityNode } from './record';

/** What each part of an activity system means, in the words the tool shows the learner. */
export const nodeInfo: Record<ActivityNode, { label: string; hint: string; x: number; y: number }> = {
  tools: { label: 'Tools', hint: 'What you work with: assessments, referral forms, meetings, ideas and ways of talking about children.', x: 300, y: 40 },
  subject: { label: 'Subject', hint: 'Who is acting: you, your team, the practitioners whose point of view this is.', x: 150, y: 210 },
  object: { label: 'Object', hint: 'What you are working on and trying to change, for example a child’s path through school.', x: 450, y: 210 },
  rules: { label: 'Rules', hint: 'Procedures, protocols, thresholds, targets and unwritten habits that shape the work.', x: 82, y: 380 },
  community: { label: 'Community', hint: 'Everyone else with a stake: the child and family, other services, managers.', x: 300, y: 380 },
  division: { label: 'Division of labour', hint: 'Who does what, who decides, and where the boundaries between roles fall.', x: 518, y: 380 },
};

/** The lines of the classic triangle, drawn between node positions. */
export const triangleEdges: [ActivityNode, ActivityNode][] = [
  ['tools', 'subject'],
  ['tools', 'object'],
  ['subject', 'object'],
  ['subject', 'rules'],
  ['rules', 'community'],
  ['community', 'division'],
  ['division', 'object'],
  ['subject', 'community'],
  ['object', 'community'],
  ['tools', 'community'],
];

/** Shortens a learner's text to fit under a node label in the picture; the form holds the full text. */
export function shorten(text: string, max = 28): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
