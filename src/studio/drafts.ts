import { isQuotaError, type StorageLike } from '../storage/local';
import { KEY_PREFIX, type ListableStorage } from '../storage/keys';

/** The list of drafts, and which is open (docs/privacy.md). */
export const STUDIO_DRAFTS_KEY = `${KEY_PREFIX}studio:drafts`;
/** One draft's text. */
export const studioDraftKey = (draftId: string): string => `${KEY_PREFIX}studio:draft:${draftId}`;

/*
 * The studio's drafts, kept in this browser's storage: each draft's text under a key of its own,
 * and a small index of names, save times and which draft was open last. Every save re-reads the
 * index first, so two tabs saving different drafts never drop each other's entries.
 */

export interface DraftInfo {
  id: string;
  name: string;
  savedAt: number;
}

interface DraftIndex {
  drafts: DraftInfo[];
  open: string | null;
}

/** What happened to a save: kept, or not kept because storage is full or refused. */
export type SaveOutcome = 'saved' | 'full' | 'refused';

/** A draft's name in the list: its title, else its id, else "Untitled draft". */
export function draftName(text: string): string {
  const line = (key: string) =>
    new RegExp(`^${key}:[ \\t]*(["']?)(.+?)\\1[ \\t]*(#.*)?$`, 'm').exec(text)?.[2]?.trim() || undefined;
  return (line('title') ?? line('id') ?? 'Untitled draft').slice(0, 120);
}

export class DraftStore {
  constructor(
    private readonly storage: StorageLike,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
  ) {}

  /** Newest first. */
  list(): DraftInfo[] {
    return [...this.#index().drafts].sort((a, b) => b.savedAt - a.savedAt);
  }

  read(id: string): string | null {
    try {
      return this.storage.getItem(studioDraftKey(id));
    } catch {
      return null;
    }
  }

  /** The draft open when the studio was last used, if it is still there. */
  lastOpen(): string | null {
    const { open, drafts } = this.#index();
    return open && drafts.some((d) => d.id === open) ? open : null;
  }

  /** Keeps `text` as a new draft and returns its id, or null when it could not be kept. */
  create(text: string): { id: string; outcome: SaveOutcome } {
    const id = this.newId();
    return { id, outcome: this.save(id, text) };
  }

  save(id: string, text: string): SaveOutcome {
    try {
      this.storage.setItem(studioDraftKey(id), text);
      const index = this.#index();
      const info: DraftInfo = { id, name: draftName(text), savedAt: this.now() };
      index.drafts = [...index.drafts.filter((d) => d.id !== id), info];
      index.open = id;
      this.storage.setItem(STUDIO_DRAFTS_KEY, JSON.stringify(index));
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'refused';
    }
  }

  remove(id: string): void {
    try {
      const index = this.#index();
      index.drafts = index.drafts.filter((d) => d.id !== id);
      if (index.open === id) index.open = null;
      this.storage.setItem(STUDIO_DRAFTS_KEY, JSON.stringify(index));
      this.storage.removeItem(studioDraftKey(id));
    } catch {
      // Storage that refuses writes holds nothing to remove.
    }
  }

  #index(): DraftIndex {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(STUDIO_DRAFTS_KEY) ?? 'null');
      if (parsed && typeof parsed === 'object' && Array.isArray((parsed as DraftIndex).drafts)) {
        const { drafts, open } = parsed as DraftIndex;
        return {
          drafts: drafts.filter(
            (d) => d && typeof d.id === 'string' && typeof d.name === 'string' && typeof d.savedAt === 'number',
          ),
          open: typeof open === 'string' ? open : null,
        };
      }
    } catch {
      // A damaged index is rebuilt below from the drafts' own keys.
    }
    return { drafts: this.#found(), open: null };
  }

  /** Every draft whose text is stored, found by its key: how a damaged index loses no draft. */
  #found(): DraftInfo[] {
    const storage = this.storage as Partial<ListableStorage>;
    if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return [];
    const prefix = studioDraftKey('');
    const found: DraftInfo[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const text = key?.startsWith(prefix) ? this.storage.getItem(key) : null;
      if (key && text !== null) found.push({ id: key.slice(prefix.length), name: draftName(text), savedAt: 0 });
    }
    return found;
  }
}
