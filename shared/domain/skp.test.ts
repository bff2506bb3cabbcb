import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid } from './errors.ts';
import { achievement, decide, saveDraft, submit, type SkpContent } from './skp.ts';

const now = new Date('2026-01-10T01:00:00Z');
const content: SkpContent = {
  rhk: [
    {
      rhkId: 'rhk-1',
      kind: 'UTAMA',
      text: 'Meningkatnya cakupan imunisasi dasar lengkap',
      indicators: [{ indicatorId: 'iki-1', name: 'Cakupan imunisasi dasar lengkap', aspek: 'KUALITAS', target: 95, satuan: '%', direction: 'HIGHER_IS_BETTER' }],
    },
  ],
};
const EMPLOYEE = '198807122015031004';
const SUPERVISOR = '197303141997022002';

function approved() {
  const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
  const submitted = submit(draft, SUPERVISOR, draft.version, now);
  return decide(submitted, SUPERVISOR, { approve: true }, submitted.version, now);
}

describe('the SKP state machine', () => {
  it('goes DRAFT → SUBMITTED → APPROVED, remembering the supervisor of record', () => {
    const plan = approved();
    expect(plan).toMatchObject({ status: 'APPROVED', supervisorNip: SUPERVISOR, revision: 1, version: 3 });
  });

  it('returns a plan with a note, and a resubmission clears the note', () => {
    const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
    const returned = decide(submit(draft, SUPERVISOR, 1, now), SUPERVISOR, { approve: false, note: 'Target terlalu rendah' }, undefined, now);
    expect(returned).toMatchObject({ status: 'RETURNED', returnNote: 'Target terlalu rendah' });
    const edited = saveDraft(returned, EMPLOYEE, 2026, content, returned.version, now).next;
    expect(edited.status).toBe('DRAFT');
    expect(submit(edited, SUPERVISOR, edited.version, now)).not.toHaveProperty('returnNote');
  });

  it('locks an approved plan: a change opens a new revision and archives the approved one', () => {
    const plan = approved();
    const change = saveDraft(plan, EMPLOYEE, 2026, content, plan.version, now);
    expect(change.next).toMatchObject({ status: 'DRAFT', revision: 2 });
    expect(change.archived).toBe(plan);
  });

  it('refuses edits while the supervisor is deciding', () => {
    const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
    const submitted = submit(draft, SUPERVISOR, 1, now);
    expect(() => saveDraft(submitted, EMPLOYEE, 2026, content, submitted.version, now)).toThrow(Conflict);
  });

  it('refuses a stale version', () => {
    const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
    expect(() => saveDraft(draft, EMPLOYEE, 2026, content, 0, now)).toThrow(Conflict);
    expect(() => submit(draft, SUPERVISOR, 7, now)).toThrow(Conflict);
  });

  it('lets only the supervisor of record decide, never the employee', () => {
    const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
    const submitted = submit(draft, SUPERVISOR, 1, now);
    expect(() => decide(submitted, EMPLOYEE, { approve: true }, undefined, now)).toThrow(Forbidden);
    expect(() => decide(submitted, '197905202005011003', { approve: true }, undefined, now)).toThrow(Forbidden);
  });

  it('needs a supervisor and a main result with indicators to submit', () => {
    const draft = saveDraft(undefined, EMPLOYEE, 2026, content, 0, now).next;
    expect(() => submit(draft, undefined, 1, now)).toThrow(Invalid);
    const onlyExtra = saveDraft(undefined, EMPLOYEE, 2026, { rhk: [{ ...content.rhk[0]!, kind: 'TAMBAHAN' }] }, 0, now).next;
    expect(() => submit(onlyExtra, SUPERVISOR, 1, now)).toThrow(/RHK utama/);
  });

  it('refuses duplicate indicator codes', () => {
    const doubled = { rhk: [content.rhk[0]!, { ...content.rhk[0]!, rhkId: 'rhk-2' }] };
    expect(() => saveDraft(undefined, EMPLOYEE, 2026, doubled, 0, now)).toThrow(/indikator harus unik/);
  });
});

describe('achievement (capaian)', () => {
  it('is realisation over target for higher-is-better indicators', () => {
    expect(achievement({ target: 95, direction: 'HIGHER_IS_BETTER' }, 95)).toBe(100);
    expect(achievement({ target: 20, direction: 'HIGHER_IS_BETTER' }, 22)).toBeCloseTo(110);
  });

  it('is inverted where lower is better (time, cost)', () => {
    expect(achievement({ target: 10, direction: 'LOWER_IS_BETTER' }, 8)).toBe(125);
    expect(achievement({ target: 10, direction: 'LOWER_IS_BETTER' }, 0)).toBe(0);
  });
});
