import { closeRoundOf, getClosingPeriod, reopenClosedPeriod, type ClosingPeriod } from '../data/close-repository.ts';
import { Conflict, Invalid, NotFound } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import { addDays, witaDateOf, witaInstant } from '../domain/time.ts';

/** Without a date from the admin, a reopened period stays open a week (to 23:59 WITA), then the hourly close takes it again. */
export const REOPEN_DAYS = 7;

export interface ReopenInput {
  readonly reason: string;
  /** When the period closes again; it must lie ahead, or the hourly close would take it back at once. */
  readonly closesAt?: string;
}

/**
 * BKPSDM reopens a CLOSED period for corrections: reports and assessments are accepted again (an admin reopens a
 * final assessment as before), and the next close, scheduled or manual, scores every unit again. What that close
 * does to results, notices and piagams is in services/reclose.ts. Audited with the reason; CLOSING and OPEN are 409.
 */
export async function reopenPeriod(actor: Actor, periodId: string, input: ReopenInput, now: Date): Promise<ClosingPeriod> {
  const period = await getClosingPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  assertReopenable(period);
  const closesAt = input.closesAt ? new Date(input.closesAt) : witaInstant(addDays(witaDateOf(now), REOPEN_DAYS), 23, 59);
  if (closesAt <= now) {
    throw new Invalid('Batas penutupan kembali harus setelah saat ini; periode yang lewat batasnya langsung ditutup lagi.', [
      { field: 'body.closesAt', message: 'Batas penutupan kembali harus setelah saat ini.' },
    ]);
  }
  const at = now.toISOString();
  const after = { status: 'OPEN', closesAt: closesAt.toISOString(), closeRound: closeRoundOf(period) + 1, reopenedAt: at };
  const audit = { actorNip: actor.nip, action: 'PERIOD_REOPENED', at, before: period, after, reason: input.reason };
  if (!(await reopenClosedPeriod(period, after.closesAt, audit))) {
    assertReopenable((await getClosingPeriod(periodId)) ?? period);
    throw new Conflict(`Periode ${period.name} baru saja diubah oleh proses lain; muat ulang lalu ulangi.`);
  }
  return (await getClosingPeriod(periodId))!;
}

function assertReopenable(period: ClosingPeriod): void {
  const details = { periodId: period.periodId, status: period.status };
  if (period.status === 'OPEN') throw new Conflict(`Periode ${period.name} masih terbuka; tidak ada yang perlu dibuka kembali.`, details);
  if (period.status === 'CLOSING') {
    throw new Conflict(`Periode ${period.name} sedang ditutup; tunggu sampai penutupan selesai, lalu buka kembali bila perlu.`, details);
  }
  if (period.closedEvent === 'PENDING') {
    throw new Conflict(`Penutupan periode ${period.name} masih diumumkan ke sistem lain; coba lagi beberapa menit lagi.`, details);
  }
}
