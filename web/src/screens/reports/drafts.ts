import type { NewReport } from '../../core/types.ts';

/**
 * Reports that could not be sent (no network) wait here, per person, until sent or deleted.
 * localStorage, not sessionStorage: a draft must survive closing the tab while offline.
 */
export interface Draft {
  /** Also the idempotency key of the send that failed, reused when the draft is sent. */
  readonly id: string;
  readonly report: NewReport;
  /** ISO instant. */
  readonly savedAt: string;
  /** The server's reason, when it refused the draft: the person edits or deletes it. */
  readonly refusal?: string;
}

export class DraftStore {
  private readonly key: string;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    nip: string,
  ) {
    this.key = `ekinerja.drafts.${nip}`;
  }

  list(): Draft[] {
    try {
      const drafts = JSON.parse(this.storage.getItem(this.key) ?? '[]') as unknown;
      return Array.isArray(drafts) ? (drafts as Draft[]) : [];
    } catch {
      return [];
    }
  }

  add(id: string, report: NewReport, now = new Date()): Draft {
    const draft: Draft = { id, report, savedAt: now.toISOString() };
    this.write([...this.list(), draft]);
    return draft;
  }

  markRefused(id: string, refusal: string): void {
    this.write(this.list().map((draft) => (draft.id === id ? { ...draft, refusal } : draft)));
  }

  remove(id: string): void {
    this.write(this.list().filter((draft) => draft.id !== id));
  }

  private write(drafts: Draft[]): void {
    if (drafts.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify(drafts));
  }
}
