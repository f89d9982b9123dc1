import { z } from 'zod';

/*
 * Content notes: a learner playing alone at 10pm, or a facilitator planning a room, should know
 * before starting that a scenario, module or session deals with something that may be hard to
 * meet, and where to find support. The topics are a closed list so every page words them alike.
 */
export const contentNoteTopics = {
  'criminal-exploitation': 'child criminal exploitation',
  'sexual-exploitation': 'the risk of child sexual exploitation, including online grooming',
  'domestic-abuse': 'domestic abuse',
  'self-harm': 'self-harm',
  'abuse-disclosure': 'a child telling an adult about harm at home',
  'physical-abuse': 'physical injury to a child',
  'child-missing': 'a child going missing',
  bereavement: 'the death of a parent',
  'parental-mental-health': "a parent's mental ill-health",
  neglect: 'neglect, including children left without care',
} as const;

export type ContentNoteTopic = keyof typeof contentNoteTopics;
const topicIds = Object.keys(contentNoteTopics) as [ContentNoteTopic, ...ContentNoteTopic[]];

export const contentNoteSchema = z
  .object({
    /** What the content deals with, from the course's list of topics. */
    topics: z
      .array(z.enum(topicIds))
      .min(1)
      .describe(`What the content deals with: any of ${topicIds.join(', ')}.`),
    /** Anything else a reader should know first, in a sentence or two (optional). */
    text: z.string().min(1).max(400).optional().describe('Anything else a reader should know first, in a sentence or two.'),
  })
  .strict()
  .describe('A short note shown before the content starts, so learners and facilitators know what it deals with.');

export type ContentNote = z.output<typeof contentNoteSchema>;

/** "criminal exploitation, a child going missing and bereavement" */
export function describeTopics(topics: readonly ContentNoteTopic[]): string {
  const words = topics.map((t) => contentNoteTopics[t]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
