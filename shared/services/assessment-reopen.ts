import { getAppeal } from '../data/appeal-repository.ts';
import { getAssessment, saveAssessmentIfVersion } from '../data/assessment-repository.ts';
import { getPeriod } from '../data/period-repository.ts';
import { reopenAssessment, type Assessment } from '../domain/assessment.ts';
import { Conflict, NotFound, PeriodClosed } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';

/**
 * The audited admin reopen of a final assessment, only while its period is still open (afterwards: keberatan). With a
 * `version`, only that version; without, the assessment as read, as long as it is FINAL (the write still holds only
 * over the version read, so two admins reopening at once cannot both succeed).
 */
export async function reopenFinalAssessment(actor: Actor, nip: string, periodId: string, input: { reason: string; version?: number | undefined }, now: Date): Promise<Assessment> {
  const period = await getPeriod(periodId);
  if (!period) throw new NotFound(`Periode ${periodId} tidak ditemukan.`);
  if (period.status !== 'OPEN') {
    throw new PeriodClosed(`Periode ${period.name} sudah ditutup; penilaian final hanya dapat diubah melalui keberatan.`, { periodId, status: period.status });
  }
  const [current, appeal] = await Promise.all([getAssessment(nip, periodId), getAppeal(nip, periodId)]);
  if (!current) throw new NotFound('Penilaian pegawai ini pada periode tersebut tidak ditemukan.');
  // A decided keberatan is final: the next close keeps its ratings (services/reclose.ts), so a change here would count for nothing.
  if (appeal?.status === 'DIPUTUS') throw new Conflict('Keberatan atas hasil pegawai ini sudah diputus dan bersifat final; penilaiannya tidak dapat dibuka kembali.', { periodId, nip });
  const next = reopenAssessment(current, input.reason, input.version ?? current.version, now);
  await saveAssessmentIfVersion(next, current.version, { actorNip: actor.nip, action: 'ASSESSMENT_REOPENED', at: now.toISOString(), before: current, after: next, reason: input.reason });
  return next;
}
