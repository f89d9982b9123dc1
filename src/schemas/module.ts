import { z } from 'zod';
import { audienceSchema } from './audiences';
import { contentNoteSchema } from './content-note';
import { reviewFields } from './guidance';
import { idSchema } from './ids';

/** One answer in a knowledge-check question. */
export const answerSchema = z.object({
  /** The answer as the learner reads it. */
  text: z.string().min(1),
  /** Whether this is the right answer. Exactly one per question is. */
  correct: z.boolean().default(false),
  /** Why this answer is right or not: shown whichever answer the learner picks. */
  feedback: z.string().min(1),
});

/** A single-choice question with feedback on every answer. */
export const questionSchema = z
  .object({
    /** Stable id, so a saved answer still matches after the wording is polished. */
    id: idSchema,
    /** The question itself. */
    question: z.string().min(1),
    /** Two to five answers. */
    answers: z.array(answerSchema).min(2).max(5),
  })
  .refine((q) => q.answers.filter((a) => a.correct).length === 1, {
    message: 'exactly one answer must have correct: true',
    path: ['answers'],
  });

/** Frontmatter of a course module (content/modules/<id>.mdx). */
export const moduleSchema = z.object({
  /** Title as shown in the page heading and on cards. */
  title: z.string().min(3),
  /** One or two sentences for cards and search results. */
  summary: z.string().min(20).max(300),
  /** Position in the course, from 1. */
  order: z.number().int().positive(),
  /** CPD minutes a learner should log for the module. */
  minutes: z.number().int().positive().max(600),
  /** What the learner will be able to do afterwards. */
  outcomes: z.array(z.string().min(5)).min(2).max(8),
  /** Glossary ids of the concepts the module teaches (content/glossary). */
  concepts: z.array(idSchema).default([]),
  /** Competency framework dimension ids the module develops (content/framework.yaml). */
  dimensions: z.array(idSchema).default([]),
  /** Scenario ids that put the module into practice (scenarios/). */
  scenarios: z.array(idSchema).default([]),
  /** Who the module is written for. */
  audiences: z.array(audienceSchema).min(1),
  /** APA 7 references; *asterisks* mark italics. */
  references: z.array(z.string().min(10)).min(1),
  /** Three to five questions that close the module. */
  knowledgeCheck: z.array(questionSchema).min(3).max(5).optional(),
  /** What the module deals with that a reader may find hard, shown above its first heading. */
  contentNote: contentNoteSchema.optional(),
  /** When the module was last checked against current guidance (YYYY-MM-DD), and against what. */
  ...reviewFields,
  /** Drafts build but are left out of indexes and pathways. */
  draft: z.boolean().default(false),
});

export type ModuleFrontmatter = z.output<typeof moduleSchema>;
export type KnowledgeQuestion = z.output<typeof questionSchema>;
