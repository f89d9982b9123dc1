/*
 * UUIDs for statement ids, the learner's account name and run registrations. crypto.randomUUID
 * is missing on pages served over plain http (a course laptop at a training venue), so random ones
 * come from crypto.getRandomValues, as src/record/ids.ts does.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const isUuid = (text: string) => UUID.test(text);

/** Formats 16 bytes as a version 4 (random), RFC 4122 variant UUID. */
function format(bytes: Uint8Array): string {
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomUuid(): string {
  return format(crypto.getRandomValues(new Uint8Array(16)));
}

/** 32 bits of FNV-1a over the text from `seed`, mixed by MurmurHash3's finaliser. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The same UUID for the same text in every tab and after every reload: a run's registration is
 * derived from its run id. Run ids are 128 random bits already, so the result is as unpredictable
 * as a random UUID; this is not a cryptographic hash and needs not be.
 */
export function uuidFromText(text: string): string {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) view.setUint32(i * 4, hash32(text, Math.imul(i + 1, 0x9e3779b9)));
  return format(bytes);
}
