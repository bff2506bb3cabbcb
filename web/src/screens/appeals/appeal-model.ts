import { appealIdOf, type Appeal, type DecisionInput } from '../../../../shared/domain/appeal.ts';
import { formatDate, formatInstant, periodName } from '../../core/format.ts';
import { ratingLabel } from '../../core/labels.ts';
import type { Rating } from '../../core/types.ts';

export type { Appeal };
export type AppealDecisionInput = DecisionInput;

/** The form's longest text, as the API takes it (shared/http/schemas/appeals.ts). */
export const APPEAL_TEXT_MAX = 4000;

/** `GET /api/appeals/inbox` and `GET /api/appeals/{id}` name the employee and the period; the other routes answer with the bare appeal. */
export type NamedAppeal = Appeal & { readonly employeeName?: string; readonly periodName?: string };

/** "Andi Sitti Marwah (NIP 1990…) · November 2026": who objects and to which period, by name where the server gave it. */
export function appealTitle(appeal: NamedAppeal): string {
  const who = appeal.employeeName && appeal.employeeName !== appeal.nip ? `${appeal.employeeName} (NIP ${appeal.nip})` : `NIP ${appeal.nip}`;
  return `${who} · ${appeal.periodName ?? periodName(appeal.periodId)}`;
}

/** `<nip>_<periodId>`: one appeal per result, so the id is known before asking. */
export { appealIdOf };

/** The status as a word, for its badge. */
export const APPEAL_STATUS_LABELS: Readonly<Record<Appeal['status'], string>> = { DIAJUKAN: 'Diajukan', DIPUTUS: 'Diputus', GUGUR: 'Gugur' };

/** One line on where an appeal stands: filed and awaiting, decided and how, or ended by a correction of its result. */
export function appealStanding(appeal: Pick<Appeal, 'status' | 'filedAt' | 'deadline' | 'decision' | 'periodId' | 'superseded'>): string {
  if (appeal.status === 'GUGUR') {
    const when = appeal.superseded ? ` ${formatInstant(appeal.superseded.at)}` : '';
    return `Gugur${when}: hasilnya dikoreksi pada penutupan ulang setelah periode dibuka kembali, sehingga keberatan ini tidak diputus. Keberatan baru dapat diajukan atas hasil terkoreksi.`;
  }
  if (appeal.status === 'DIAJUKAN' || !appeal.decision) {
    return `Keberatan ${periodName(appeal.periodId)} diajukan ${formatInstant(appeal.filedAt)}; menunggu putusan atasan pejabat penilai.`;
  }
  const { decision } = appeal;
  const when = formatInstant(decision.decidedAt);
  if (decision.outcome === 'DIPERTAHANKAN') return `Diputus ${when}: hasil semula dipertahankan.`;
  return `Diputus ${when}: hasil diubah menjadi Hasil Kerja ${ratingLabel(decision.hasilKerja)} dan Perilaku Kerja ${ratingLabel(decision.perilaku)}.`;
}

/** Written when the 14 days are known (from the sent result notice); before that the time has not started. */
export function deadlineLine(deadline: string | null): string {
  return deadline ? `Batas pengajuan: ${formatDate(deadline)}.` : 'Batas 14 hari dihitung sejak pemberitahuan hasil terkirim.';
}

/**
 * A free text for the appeal routes, checked as the server will: required, at most 4.000 characters.
 * Undefined when fine, else the message for the field.
 */
export function checkAppealText(text: string, label: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return `${label} wajib diisi.`;
  if (trimmed.length > APPEAL_TEXT_MAX) return `${label} paling banyak 4.000 karakter (sekarang ${trimmed.length.toLocaleString('id-ID')}).`;
  return undefined;
}

export type Outcome = AppealDecisionInput['outcome'];
export type DecisionErrors = Partial<Record<'outcome' | 'hasilKerja' | 'perilaku' | 'reason', string>>;

/** The reviewer's choices as the decide route takes them; new ratings only when the result is changed. */
export function decisionInput(
  choice: { outcome?: Outcome; hasilKerja?: Rating; perilaku?: Rating; reason: string },
): { ok: true; input: AppealDecisionInput } | { ok: false; errors: DecisionErrors } {
  const errors: DecisionErrors = {};
  const reasonProblem = checkAppealText(choice.reason, 'Alasan putusan');
  if (!choice.outcome) errors.outcome = 'Pilih putusan: pertahankan hasil atau ubah rating.';
  if (choice.outcome === 'DIUBAH') {
    if (!choice.hasilKerja) errors.hasilKerja = 'Pilih rating Hasil Kerja yang baru.';
    if (!choice.perilaku) errors.perilaku = 'Pilih rating Perilaku Kerja yang baru.';
  }
  if (reasonProblem) errors.reason = reasonProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const reason = choice.reason.trim();
  if (choice.outcome === 'DIUBAH') return { ok: true, input: { outcome: 'DIUBAH', hasilKerja: choice.hasilKerja!, perilaku: choice.perilaku!, reason } };
  return { ok: true, input: { outcome: 'DIPERTAHANKAN', reason } };
}
