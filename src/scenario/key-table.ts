/**
 * A hash set of fixed-width keys (32-bit words) that numbers each key in order of first arrival.
 * The analysis keeps millions of states in these as packed numbers: a Map of string keys would
 * need several times the memory and most of the time. Each entry is its hash then its words,
 * side by side in one array.
 */
export class KeyTable {
  readonly width: number;
  size = 0;
  /** Whether the last `intern` added its key. */
  added = false;
  private entries: Uint32Array;
  private slots: Int32Array;
  private mask: number;

  constructor(width: number, capacity = 16) {
    this.width = width;
    const slots = Math.max(16, 2 ** Math.ceil(Math.log2(capacity * 2)));
    this.slots = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    this.entries = new Uint32Array((slots >>> 1) * (width + 1));
  }

  /** The number of `key`'s first `width` words, adding it if it is new. */
  intern(key: Uint32Array): number {
    const w = this.width;
    const stride = w + 1;
    let h = 0x811c9dc5;
    for (let i = 0; i < w; i++) {
      h = Math.imul(h ^ key[i]!, 0x01000193);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
    h = (h ^ (h >>> 16)) >>> 0;
    const { slots, entries, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot]!;
      if (index < 0) {
        if ((this.size + 1) * stride > entries.length) {
          this.grow();
          return this.intern(key);
        }
        const n = this.size++;
        slots[slot] = n;
        const base = n * stride;
        entries[base] = h;
        for (let i = 0; i < w; i++) entries[base + 1 + i] = key[i]!;
        this.added = true;
        return n;
      }
      const base = index * stride;
      if (entries[base] !== h) continue;
      let same = true;
      for (let i = 0; i < w; i++)
        if (entries[base + 1 + i] !== key[i]) {
          same = false;
          break;
        }
      if (same) {
        this.added = false;
        return index;
      }
    }
  }

  /** Empties the table, keeping its memory for the next use. */
  clear(): void {
    this.slots.fill(-1);
    this.size = 0;
  }

  /** Copies key `index` into `out`. */
  keyAt(index: number, out: Uint32Array): Uint32Array {
    const { entries, width } = this;
    for (let i = 0, base = index * (width + 1) + 1; i < width; i++) out[i] = entries[base + i]!;
    return out;
  }

  private grow(): void {
    const stride = this.width + 1;
    const slots = this.slots.length * 2;
    const entries = new Uint32Array((slots >>> 1) * stride);
    entries.set(this.entries);
    this.entries = entries;
    this.slots = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    for (let n = 0; n < this.size; n++) {
      let slot = entries[n * stride]! & this.mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = n;
    }
  }
}
