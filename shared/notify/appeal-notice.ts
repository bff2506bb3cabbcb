import { ADMIN_REVIEWER, filingOf, type Appeal } from '../domain/appeal.ts';
import type { Employee } from '../domain/people.ts';
import type { Predikat, Rating } from '../domain/quadrant.ts';
import type { Result } from '../domain/result.ts';
import { noticeIdOf, resultFacts, type CertificateKind, type NoticeDraft, type NoticeKind, type Recipient } from './notice.ts';

/**
 * The keberatan's two emails, planned like the result notices (pure; the appeal repository writes each one in the
 * same transaction as the appeal change, so a notice exists exactly when its appeal state does):
 * - KEBERATAN_DIAJUKAN to the reviewer (BKPSDM where the chain ends) when the appeal is filed;
 * - KEBERATAN_DIPUTUS to the employee and the assessor when it is decided;
 * - KEBERATAN_GUGUR to the employee and the reviewer when a close after a reopen corrects the result before a decision.
 * Each is the revision of the appeal's filing: 1, or one more for a keberatan filed on a corrected result after a GUGUR one.
 */
export interface CertificateRef {
  readonly kind: CertificateKind;
  readonly certificateId: string;
  readonly title: string;
}

export interface AppealNoticeFacts {
  readonly appealId: string;
  readonly reason: string;
  readonly filedAt: string;
  readonly assessorName: string;
  readonly reviewerName: string;
  /** BKPSDM decides because the assessor has no supervisor of record (and the unit head could not). */
  readonly reviewerIsBkpsdm: boolean;
  readonly decision?: {
    readonly outcome: 'DIPERTAHANKAN' | 'DIUBAH';
    readonly reason: string;
    readonly decidedAt: string;
    /** The result as corrected, when the ratings changed. */
    readonly corrected?: { readonly hasilKerja?: Rating; readonly perilaku?: Rating; readonly predikat?: Predikat };
    /** Piagams of the original result the change withdrew: their codes no longer verify. */
    readonly revokedCertificates: readonly CertificateRef[];
  };
}

export interface AppealNoticeInput {
  readonly appeal: Appeal;
  /** The result the appeal is about, as it stood before any decision. */
  readonly result: Result;
  readonly periodName: string;
  readonly unitName: string;
  readonly employee?: Employee;
  readonly assessor?: Employee;
  readonly reviewer?: Employee;
  readonly bkpsdm: Recipient;
}

function draft(input: AppealNoticeInput, kind: NoticeKind, to: readonly Recipient[], decision?: AppealNoticeFacts['decision']): NoticeDraft {
  const { appeal, result } = input;
  const reviewerIsBkpsdm = appeal.reviewerNip === ADMIN_REVIEWER;
  return {
    noticeId: noticeIdOf(appeal.nip, appeal.periodId, kind, filingOf(appeal)),
    nip: appeal.nip,
    periodId: appeal.periodId,
    kind,
    revision: filingOf(appeal),
    to,
    cc: [],
    facts: {
      ...resultFacts(result, { periodName: input.periodName, unitName: input.unitName, supervisor: input.assessor, certificates: [] }),
      appeal: {
        appealId: appeal.appealId,
        reason: appeal.reason,
        filedAt: appeal.filedAt,
        assessorName: input.assessor?.name ?? appeal.assessorNip,
        reviewerName: reviewerIsBkpsdm ? input.bkpsdm.name : (input.reviewer?.name ?? appeal.reviewerNip),
        reviewerIsBkpsdm,
        ...(decision ? { decision } : {}),
      },
    },
  };
}

function reviewerOf(input: AppealNoticeInput): Recipient {
  return input.appeal.reviewerNip === ADMIN_REVIEWER ? input.bkpsdm : { name: input.reviewer?.name ?? input.appeal.reviewerNip, email: input.reviewer?.email };
}

/** To whoever decides: the assessor's supervisor of record, the unit head, or BKPSDM's mailbox. */
export function appealFiledNotice(input: AppealNoticeInput): NoticeDraft {
  return draft(input, 'KEBERATAN_DIAJUKAN', [reviewerOf(input)]);
}

/** To the employee and the assessor: both heard, both told. */
export function appealDecidedNotice(
  input: AppealNoticeInput & { readonly corrected?: Result; readonly revokedCertificates: readonly CertificateRef[] },
): NoticeDraft {
  const decision = input.appeal.decision;
  if (!decision) throw new Error(`Appeal ${input.appeal.appealId} is not decided`);
  const to: Recipient[] = [{ name: input.employee?.name ?? input.result.name, email: input.employee?.email }];
  if (input.assessor) to.push({ name: input.assessor.name, email: input.assessor.email });
  const corrected = input.corrected && {
    ...(input.corrected.hasilKerja ? { hasilKerja: input.corrected.hasilKerja } : {}),
    ...(input.corrected.perilaku ? { perilaku: input.corrected.perilaku } : {}),
    ...(input.corrected.predikat ? { predikat: input.corrected.predikat } : {}),
  };
  return draft(input, 'KEBERATAN_DIPUTUS', to, {
    outcome: decision.outcome,
    reason: decision.reason,
    decidedAt: decision.decidedAt,
    ...(corrected ? { corrected } : {}),
    revokedCertificates: input.revokedCertificates,
  });
}

/**
 * To the employee and the reviewer: the keberatan ended without a decision because a close after a reopen corrected
 * the result (`input.result` is the corrected one; the employee's corrected HASIL notice follows on its own).
 */
export function appealSupersededNotice(input: AppealNoticeInput): NoticeDraft {
  if (input.appeal.status !== 'GUGUR') throw new Error(`Appeal ${input.appeal.appealId} is not superseded`);
  return draft(input, 'KEBERATAN_GUGUR', [{ name: input.employee?.name ?? input.result.name, email: input.employee?.email }, reviewerOf(input)]);
}
