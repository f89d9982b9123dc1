import hosting from '../../docs/hosting.md?raw';
import lms from '../../docs/lms.md?raw';
import privacy from '../../docs/privacy.md?raw';
import xapi from '../../docs/xapi.md?raw';

/*
 * The documents an organisation needs, rendered on the site from `docs/` so each has one source:
 * the pages under /about/organisations/ and a reader of the repository see the same text.
 */
export interface OrgDoc {
  slug: string;
  /** The document's own first heading. */
  title: string;
  /** What the page is for, on the organisations page. */
  blurb: string;
  /** The Markdown below the first heading. */
  body: string;
  file: string;
}

function split(text: string): { title: string; body: string } {
  const match = /^# (.+)\n/.exec(text);
  if (!match) throw new Error('each document in docs/ must start with a "# " heading');
  return { title: match[1]!.trim(), body: text.slice(match[0].length) };
}

const docs = [
  {
    slug: 'lms',
    file: 'docs/lms.md',
    text: lms,
    blurb: 'SCORM packages for Moodle and other LMSs: what they report and which settings matter.',
  },
  {
    slug: 'privacy',
    file: 'docs/privacy.md',
    text: privacy,
    blurb: 'What is stored, where, for how long, what is sent (nothing unless you configure it), and a notice to adapt.',
  },
  {
    slug: 'hosting',
    file: 'docs/hosting.md',
    text: hosting,
    blurb: 'Putting the built site on a web server, a CDN or a laptop, with its security headers.',
  },
  {
    slug: 'xapi',
    file: 'docs/xapi.md',
    text: xapi,
    blurb: 'Sending learning records to your own learning record store, if you choose to.',
  },
];

export const orgDocs: OrgDoc[] = docs.map(({ text, ...rest }) => ({ ...rest, ...split(text) }));
