import type { Employee } from '../domain/people.ts';
import type { Predikat, Rating } from '../domain/quadrant.ts';
import type { Decision, Result } from '../domain/result.ts';
import { addDays, witaDateOf, type IsoDate } from '../domain/time.ts';
import type { AppealNoticeFacts } from './appeal-notice.ts';

/**
 * Email notices: what each scored result tells whom. Pure: the consumer gathers profiles and
 * certificates, this decides the notices, the repository writes each one once.
 */
export const NOTICE_KINDS = ['HASIL', 'PENGHARGAAN', 'PEMBINAAN', 'REKOMENDASI_SANKSI', 'BELUM_DINILAI', 'KEBERATAN_DIAJUKAN', 'KEBERATAN_DIPUTUS', 'KEBERATAN_GUGUR'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** PENDING → SENDING (claimed, with a lease) → SENT | FAILED; a released claim goes back to PENDING. */
export const NOTICE_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** How notices name BKPSDM when it is the recipient or the deciding office. */
export const BKPSDM_NAME = 'Tim BKPSDM Kota Kendari';

/** PP 30/2019 Pasal 59: a keberatan within 14 days of receiving the evaluation. */
export const KEBERATAN_DAYS = 14;

export type CertificateKind = 'PENGHARGAAN' | 'TERBAIK';

export interface Recipient {
  readonly name: string;
  /** An office (BKPSDM) rather than a person: greeted by its name, not "Bapak/Ibu". */
  readonly office?: boolean;
  /** Absent when the profile has none; the notice is still recorded and ends FAILED with that reason. */
  readonly email?: string;
}

/** A snapshot of the result as it stood when the notice was created, so a resend says the same thing. */
export interface NoticeFacts {
  readonly nip: string;
  readonly employeeName: string;
  readonly jabatan: string;
  readonly unitName: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly hasilKerja?: Rating;
  readonly perilaku?: Rating;
  readonly predikat?: Predikat;
  readonly feedback?: string;
  readonly supervisorName?: string;
  readonly incentiveFactor: number;
  readonly decisions: readonly Decision[];
  readonly certificates: readonly { readonly kind: CertificateKind; readonly certificateId: string }[];
  /** Only on the keberatan notices (shared/notify/appeal-notice.ts). */
  readonly appeal?: AppealNoticeFacts;
  /** The result was set again by a close after BKPSDM reopened the period (not by keberatan). */
  readonly afterReopen?: true;
}

export interface NoticeDraft {
  /** `<nip>_<periodId>_<kind>_R<revision>`: safe as an SES message tag value. */
  readonly noticeId: string;
  readonly nip: string;
  readonly periodId: string;
  readonly kind: NoticeKind;
  readonly revision: number;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly facts: NoticeFacts;
}

export interface Notice extends NoticeDraft {
  readonly status: NoticeStatus;
  /** Claims so far: each is one chance to send, at most one per lease. */
  readonly attempts: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly leaseUntil?: string;
  readonly claimToken?: string;
  /** A released notice is not claimed again before this instant. */
  readonly retryAfter?: string;
  /** Claims released because of the sender (throttling, sending paused), not the notice: they do not count against it. */
  readonly deferrals?: number;
  /** Claims that found an expired lease: the earlier claimant may have sent before it died. */
  readonly leaseExpiries?: number;
  /** Set at each claim from the claim's WITA date; the one the sent email states. */
  readonly keberatanBy?: IsoDate;
  readonly sesMessageId?: string;
  readonly sentAt?: string;
  readonly failedAt?: string;
  readonly failureReason?: string;
  readonly lastError?: string;
}

export interface PlanInput {
  readonly result: Result;
  readonly periodName: string;
  readonly unitName: string;
  readonly employee?: Employee;
  /** The supervisor of record (the assessor), for the feedback's attribution and the pembinaan copy. */
  readonly supervisor?: Employee;
  /** Profiles of the people a not-assessed result escalates to. */
  readonly escalateTo: readonly Employee[];
  readonly bkpsdm: Recipient;
  readonly certificates: NoticeFacts['certificates'];
}

export const noticeIdOf = (nip: string, periodId: string, kind: NoticeKind, revision: number) => `${nip}_${periodId}_${kind}_R${revision}`;

/**
 * The notices one result causes:
 * - HASIL to every assessed employee (the result, the decision, the keberatan right);
 * - PENGHARGAAN to an awarded employee, with the piagam(s) attached;
 * - PEMBINAAN to the employee, copied to the supervisor who holds the coaching meeting;
 * - REKOMENDASI_SANKSI to BKPSDM only: a recommendation for people to decide, never sent to the employee;
 * - BELUM_DINILAI to the supervisor of record and BKPSDM when no final assessment exists.
 */
export function planNotices(input: PlanInput): NoticeDraft[] {
  const { result } = input;
  const employee: Recipient = { name: input.employee?.name ?? result.name, email: input.employee?.email };
  const supervisor: Recipient | undefined = input.supervisor && { name: input.supervisor.name, email: input.supervisor.email };
  const facts = resultFacts(result, input);
  const draft = (kind: NoticeKind, to: readonly Recipient[], cc: readonly Recipient[] = []): NoticeDraft => ({
    noticeId: noticeIdOf(result.nip, result.periodId, kind, result.revision),
    nip: result.nip,
    periodId: result.periodId,
    kind,
    revision: result.revision,
    to,
    cc,
    facts,
  });

  const kinds = new Set(result.decisions.map((d) => d.kind));
  const drafts: NoticeDraft[] = [];
  if (result.predikat) drafts.push(draft('HASIL', [employee]));
  if (kinds.has('PENGHARGAAN') || kinds.has('TERBAIK')) drafts.push(draft('PENGHARGAAN', [employee]));
  if (kinds.has('PEMBINAAN')) drafts.push(draft('PEMBINAAN', [employee], supervisor ? [supervisor] : []));
  if (kinds.has('REKOMENDASI_SANKSI')) drafts.push(draft('REKOMENDASI_SANKSI', [input.bkpsdm]));
  if (kinds.has('BELUM_DINILAI')) {
    const escalated = input.escalateTo.map((person) => ({ name: person.name, email: person.email }));
    drafts.push(draft('BELUM_DINILAI', [...escalated, input.bkpsdm]));
  }
  return drafts;
}

/** What a notice says about a result: a snapshot, so a resend says the same thing. */
export function resultFacts(
  result: Result,
  context: { readonly periodName: string; readonly unitName: string; readonly supervisor?: Pick<Employee, 'name'>; readonly certificates: NoticeFacts['certificates'] },
): NoticeFacts {
  return {
    nip: result.nip,
    employeeName: result.name,
    jabatan: result.jabatan,
    unitName: context.unitName,
    periodId: result.periodId,
    periodName: context.periodName,
    ...(result.hasilKerja ? { hasilKerja: result.hasilKerja } : {}),
    ...(result.perilaku ? { perilaku: result.perilaku } : {}),
    ...(result.predikat ? { predikat: result.predikat } : {}),
    ...(result.feedback ? { feedback: result.feedback } : {}),
    ...(context.supervisor ? { supervisorName: context.supervisor.name } : {}),
    incentiveFactor: result.incentiveFactor,
    decisions: result.decisions,
    certificates: context.certificates,
    ...(result.reclosedRound ? { afterReopen: true as const } : {}),
  };
}

/** The certificates a result earns: the Sangat Baik piagam and, for the unit's best, the Terbaik one. */
export function certificateKindsOf(result: Pick<Result, 'decisions'>): CertificateKind[] {
  return result.decisions.filter((d) => d.kind === 'PENGHARGAAN' || d.kind === 'TERBAIK').map((d) => d.kind as CertificateKind);
}

/** The last day to file a keberatan against a result notice sent at `sentAt`, in WITA. */
export function keberatanDeadline(sentAt: Date): IsoDate {
  return addDays(witaDateOf(sentAt), KEBERATAN_DAYS);
}

// The WHATWG `type=email` rule: what SES would refuse as an illegal address, caught before a send is spent on it.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export interface Addressees {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** Why some recipients were left out (no or an illegal address); the rest still get the email. */
  readonly skipped: readonly string[];
}

/** The addresses a notice can go to. With none left in `to` it cannot be sent at all, and `skipped` says why. */
export function addresseesOf(notice: Pick<NoticeDraft, 'to' | 'cc'>): Addressees {
  const skipped: string[] = [];
  const usable = (recipients: readonly Recipient[]) =>
    recipients.flatMap((recipient) => {
      if (!recipient.email) skipped.push(`Alamat email ${recipient.name} tidak tercatat di profil pegawai.`);
      else if (!EMAIL.test(recipient.email)) skipped.push(`Alamat email ${recipient.name} tidak sah: ${recipient.email}`);
      else return [recipient.email];
      return [];
    });
  const to = usable(notice.to);
  const cc = usable(notice.cc).filter((address) => !to.includes(address));
  return { to, cc, skipped: to.length === 0 && skipped.length === 0 ? ['Tidak ada penerima.'] : skipped };
}
