import { isSafeguardingConcern } from './safeguarding-first';

/*
 * Pinned answers for the questions a practitioner most needs answered well. A search that
 * describes a child being harmed (safeguarding-first.ts) puts the safeguarding route first: the
 * designated safeguarding lead and the module section that teaches what is never negotiable,
 * with the 999 line, before anything that merely shares a word. Topic pins follow. Kept as data;
 * tests/e2e/search.spec.ts plays real questions (tests/fixtures/search/questions.json) through it.
 */

export interface Pin {
  /** A site path below the base, as links are written in the course. */
  path: string;
  title: string;
}

const SAFEGUARDING_ROUTE: Pin[] = [
  { path: 'who-can-help/designated-safeguarding-lead/', title: 'Designated safeguarding lead: who to tell, today' },
  { path: 'modules/rule-bending/#what-must-never-be-bent', title: 'What must never be bent: the safeguarding route' },
];

interface Topic {
  pattern: RegExp;
  pins: Pin[];
}

const topics: Topic[] = [
  {
    pattern: /\b(allegation|alleged|colleague|member of staff|teacher (hit|hurt|touched))/,
    pins: [{ path: 'who-can-help/lado/', title: 'Local authority designated officer (LADO): allegations about staff' }],
  },
  {
    pattern: /\bdomestic (abuse|violence)\b|\b(hits|hit|hurts|beats) (mum|mom|mother|her)\b/,
    // A child living with domestic abuse is a victim of it in their own right (Domestic Abuse Act 2021): their lead first.
    pins: [SAFEGUARDING_ROUTE[0]!, { path: 'who-can-help/idva/', title: 'Independent domestic violence adviser (IDVA)' }],
  },
  {
    pattern: /\bself[- ]?harm|\bsuicid|\bcutting\b/,
    pins: [{ path: 'who-can-help/camhs/', title: 'Child and adolescent mental health services (CAMHS)' }],
  },
  {
    pattern: /\b(exploit|groom|county lines|missing)/,
    pins: [
      { path: 'who-can-help/police-safeguarding/', title: 'Police: child protection and missing children' },
      { path: 'scenarios/jordan/', title: 'Scenario: Jordan, a child at risk of exploitation who goes missing' },
    ],
  },
  {
    pattern: /\b(neglect|significant harm|threshold)/,
    pins: [{ path: 'glossary/significant-harm/', title: 'Significant harm: what it means' }],
  },
];

export interface BestBets {
  /** A child may be being harmed: show the 999 line. */
  danger: boolean;
  pins: Pin[];
}

export function bestBets(text: string): BestBets {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  const danger = isSafeguardingConcern(text);
  const pins = [...(danger ? SAFEGUARDING_ROUTE : [])];
  for (const topic of topics) {
    if (!topic.pattern.test(lower)) continue;
    for (const pin of topic.pins) if (!pins.some((p) => p.path === pin.path)) pins.push(pin);
  }
  return { danger, pins };
}
