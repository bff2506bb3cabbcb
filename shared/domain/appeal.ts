import type { AssessmentPolicy } from './assessment-policy.ts';
import { numericScore } from './assessment-policy.ts';
import { BadInput, Conflict, Forbidden, PeriodClosed } from './errors.ts';
import { predikatOf, type Rating } from './quadrant.ts';
import type { Result } from './result.ts';
import type { IsoDate } from './time.ts';

/**
 * Keberatan (PP 30/2019 Pasal 59): within 14 days of receiving the evaluation the employee objects in writing,
 * with reasons, to the supervisor of the assessor (atasan pejabat penilai); that official hears both sides,
 * may change the result, and the decision is final.
 */
export interface Explanation {
  readonly by: 'PEGAWAI' | 'PENILAI';
  readonly nip: string;
  readonly text: string;
  readonly at: string;
}

export interface AppealDecision {
  readonly outcome: 'DIPERTAHANKAN' | 'DIUBAH';
  readonly hasilKerja?: Rating;
  readonly perilaku?: Rating;
  readonly reason: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface Appeal {
  /** `<nip>_<periodId>`: one appeal per result. */
  readonly appealId: string;
  readonly nip: string;
  readonly periodId: string;
  readonly assessorNip: string;
  /** The assessor's supervisor of record, or `ADMIN` (BKPSDM) when the chain ends. */
  readonly reviewerNip: string;
  readonly reason: string;
  readonly deadline: IsoDate | null;
  /** GUGUR: a close after a reopen corrected the result before anyone decided; the employee may appeal the corrected one. */
  readonly status: 'DIAJUKAN' | 'DIPUTUS' | 'GUGUR';
  /** 1 for the first keberatan on this period's result; one more for each filed after a GUGUR one (its notices' revision). */
  readonly filing?: number;
  /** Why and when it ended GUGUR: the corrected result's revision and the close round that wrote it. */
  readonly superseded?: { readonly at: string; readonly round: number; readonly resultRevision: number };
  readonly explanations: readonly Explanation[];
  readonly decision?: AppealDecision;
  readonly filedAt: string;
}

export const ADMIN_REVIEWER = 'ADMIN';
export const appealIdOf = (nip: string, periodId: string) => `${nip}_${periodId}`;

/** Who decides: the assessor's supervisor; failing that the unit head; failing that BKPSDM. Never the employee. */
export function chooseReviewer(employeeNip: string, assessorNip: string, assessorsSupervisor: string | undefined, unitHead: string | undefined): string {
  if (assessorsSupervisor === employeeNip) throw new Forbidden('Atasan pejabat penilai Anda adalah Anda sendiri; keberatan tidak dapat diajukan lewat jalur ini. Hubungi BKPSDM.');
  if (assessorsSupervisor) return assessorsSupervisor;
  if (unitHead && unitHead !== assessorNip && unitHead !== employeeNip) return unitHead;
  return ADMIN_REVIEWER;
}

export function fileAppeal(
  result: Result,
  reviewerNip: string,
  reason: string,
  deadline: IsoDate | null,
  today: IsoDate,
  now: Date,
  earlier?: Appeal,
): Appeal {
  if (earlier && earlier.status !== 'GUGUR') throw new Conflict('Keberatan untuk periode ini sudah diajukan; satu hasil hanya dapat diajukan keberatan sekali.');
  if (!result.predikat || !result.assessorNip) throw new Conflict('Hasil periode ini belum dinilai; tidak ada yang dapat diajukan keberatan.');
  if (deadline && today > deadline) {
    throw new PeriodClosed(`Batas waktu keberatan sudah lewat (paling lambat ${deadline}, 14 hari sejak pemberitahuan hasil).`, { deadline });
  }
  return {
    appealId: appealIdOf(result.nip, result.periodId),
    nip: result.nip,
    periodId: result.periodId,
    assessorNip: result.assessorNip,
    reviewerNip,
    reason,
    deadline,
    status: 'DIAJUKAN',
    filing: earlier ? filingOf(earlier) + 1 : 1,
    explanations: [],
    filedAt: now.toISOString(),
  };
}

export const filingOf = (appeal: Appeal | undefined) => appeal?.filing ?? 1;

/**
 * A keberatan nobody decided yet, on a result a close after a reopen has just corrected: it was about a result no
 * longer in force, so it ends (GUGUR) rather than being decided against one the employee never objected to. The
 * corrected result's own notice starts a new 14 days, in which the employee may object to it.
 */
export function supersedeAppeal(appeal: Appeal, corrected: Pick<Result, 'revision'>, round: number, now: Date): Appeal {
  if (appeal.status !== 'DIAJUKAN') throw new Error(`Appeal ${appeal.appealId} is ${appeal.status}, not pending`);
  return { ...appeal, status: 'GUGUR', superseded: { at: now.toISOString(), round, resultRevision: corrected.revision } };
}

export function explain(appeal: Appeal, actorNip: string, text: string, now: Date): Appeal {
  const by = actorNip === appeal.nip ? 'PEGAWAI' : actorNip === appeal.assessorNip ? 'PENILAI' : undefined;
  if (!by) throw new Forbidden('Hanya pegawai dan pejabat penilainya yang dapat menambahkan penjelasan.');
  if (appeal.status !== 'DIAJUKAN') throw new Conflict(closedMessage(appeal, 'penjelasan tidak dapat ditambahkan.'));
  return { ...appeal, explanations: [...appeal.explanations, { by, nip: actorNip, text, at: now.toISOString() }] };
}

/** Why an appeal takes no more explanations or decision, in the person's words. */
export function closedMessage(appeal: Appeal, consequence: string): string {
  return appeal.status === 'GUGUR'
    ? `Keberatan ini gugur karena hasil penilaiannya telah dikoreksi setelah periode dibuka kembali; ${consequence}`
    : `Keberatan sudah diputus; ${consequence}`;
}

export function assertReviewer(appeal: Appeal, actorNip: string, isAdmin: boolean): void {
  if (appeal.reviewerNip === actorNip) return;
  if (appeal.reviewerNip === ADMIN_REVIEWER && isAdmin && actorNip !== appeal.nip) return;
  throw new Forbidden('Hanya atasan pejabat penilai yang memutus keberatan ini.');
}

export type DecisionInput = { outcome: 'DIPERTAHANKAN'; reason: string } | { outcome: 'DIUBAH'; hasilKerja: Rating; perilaku: Rating; reason: string };

/** The reviewer's final word. Changing the ratings yields the corrected ratings, predikat and score to re-score with. */
export function decideAppeal(appeal: Appeal, result: Result, input: DecisionInput, actorNip: string, policy: AssessmentPolicy, now: Date) {
  if (appeal.status !== 'DIAJUKAN') throw new Conflict(appeal.status === 'GUGUR' ? closedMessage(appeal, 'tidak ada lagi yang diputus.') : 'Keberatan ini sudah diputus; putusannya final.');
  const decision: AppealDecision = { ...input, decidedBy: actorNip, decidedAt: now.toISOString() };
  const decided: Appeal = { ...appeal, status: 'DIPUTUS', decision };
  if (input.outcome === 'DIPERTAHANKAN') return { appeal: decided, corrected: undefined };
  if (input.hasilKerja === result.hasilKerja && input.perilaku === result.perilaku) {
    throw new BadInput('Rating yang diputus sama dengan hasil semula; pilih DIPERTAHANKAN atau ubah rating.');
  }
  return {
    appeal: decided,
    corrected: { hasilKerja: input.hasilKerja, perilaku: input.perilaku, predikat: predikatOf(input.hasilKerja, input.perilaku), score: numericScore(input.hasilKerja, input.perilaku, policy) },
  };
}
