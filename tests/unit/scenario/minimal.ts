import { fixtureText } from './helpers';

/** The guide's small example, which the checker accepts as a draft without a word. */
export const minimal = fixtureText('good/minimal.yaml');

/** Where a patched example is checked: a draft, so the library's rules stay out of it; the file name matches its id. */
export const DRAFT = 'drafts/minimal.yaml';

export type Patch = (text: string) => string;

/** Replaces text that occurs exactly once, so a patch that stops applying fails instead of testing nothing. */
export const swap =
  (from: string, to: string): Patch =>
  (text) => {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`"${from}" occurs ${count} times in minimal.yaml`);
    return text.replace(from, to);
  };

export const both =
  (...patches: Patch[]): Patch =>
  (text) =>
    patches.reduce((t, p) => p(t), text);
