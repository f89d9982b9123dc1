import lunr from 'lunr';
import type { FinderDocument } from './finder-types';

/**
 * Builds the finder's lunr index at build time. Names and aliases weigh most (someone typing
 * "SENCO" wants the SENCO), then the concerns the directory lists, then the summary.
 */
export function buildFinderIndex(documents: FinderDocument[]): lunr.Index {
  return lunr(function () {
    this.ref('ref');
    this.field('name', { boost: 8 });
    this.field('aliases', { boost: 6 });
    this.field('concerns', { boost: 4 });
    this.field('summary', { boost: 1 });
    for (const doc of documents) {
      this.add({ ref: doc.ref, name: doc.name, aliases: doc.aliases.join(' '), concerns: doc.concerns.join(' '), summary: doc.summary });
    }
  });
}
