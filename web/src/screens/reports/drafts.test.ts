import { describe, expect, it } from 'vitest';
import { DraftStore } from './drafts.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('DraftStore', () => {
  it('keeps drafts per person, marks refusals and forgets them when empty', () => {
    const storage = memoryStorage();
    const mine = new DraftStore(storage, '198807122015031004');
    const theirs = new DraftStore(storage, '199001252019032009');
    const first = mine.add('a1', { date: '2026-11-30', activity: 'Satu' }, new Date('2026-11-30T01:00:00Z'));
    mine.add('a2', { date: '2026-11-30', activity: 'Dua' });
    expect(mine.list().map((d) => d.report.activity)).toEqual(['Satu', 'Dua']);
    expect(theirs.list()).toEqual([]);

    mine.markRefused(first.id, 'Periode sudah ditutup.');
    expect(mine.list()[0]).toMatchObject({ id: 'a1', refusal: 'Periode sudah ditutup.', savedAt: '2026-11-30T01:00:00.000Z' });

    for (const draft of mine.list()) mine.remove(draft.id);
    expect(storage.data.size).toBe(0);
  });

  it('treats unreadable storage as no drafts', () => {
    const storage = memoryStorage();
    storage.setItem('ekinerja.drafts.1', '{not json');
    expect(new DraftStore(storage, '1').list()).toEqual([]);
  });
});
