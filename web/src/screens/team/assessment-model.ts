import { DEFAULT_ASSESSMENT_POLICY, rateIndicator, suggestPerilaku } from '../../../../shared/domain/assessment-policy.ts';
import { predikatOf } from '../../../../shared/domain/quadrant.ts';
import type { BerakhlakValue, Predikat, Rating } from '../../core/types.ts';

/**
 * The assessment form's rules, mirroring the API's (shared/http/schemas/assessment.ts and the domain's
 * reason rule) so the supervisor hears about a gap before saving. The quadrant is regulation and is the
 * server's own table; the policy-based hints are shown only when the server says it uses the same policy.
 */
export const REASON_MAX = 2000;
export const FEEDBACK_MAX = 4000;

export interface AssessmentFields {
  readonly hasilKerja: Rating | undefined;
  readonly reason: string;
  readonly perilaku: Rating | undefined;
  readonly values: Readonly<Partial<Record<BerakhlakValue, Rating>>>;
  readonly feedback: string;
}

/** Field names as the API reports them (`body.` removed), so server details land on the same fields. */
export type AssessmentErrors = Record<string, string>;

export interface ValidBody {
  readonly hasilKerja: { readonly rating: Rating; readonly reason?: string };
  readonly perilaku: { readonly rating: Rating; readonly values: Record<BerakhlakValue, Rating> };
  readonly feedback: string;
}

/** The reason is required exactly when a suggestion exists and the chosen Hasil Kerja differs from it. */
export function reasonRequired(hasilKerja: Rating | undefined, suggested: Rating | null): boolean {
  return suggested !== null && hasilKerja !== undefined && hasilKerja !== suggested;
}

export function previewPredikat(hasilKerja: Rating | undefined, perilaku: Rating | undefined): Predikat | undefined {
  return hasilKerja && perilaku ? predikatOf(hasilKerja, perilaku) : undefined;
}

export function validateAssessment(
  fields: AssessmentFields,
  suggested: Rating | null,
  valueKeys: readonly { key: BerakhlakValue; label: string }[],
): { ok: true; body: ValidBody } | { ok: false; errors: AssessmentErrors } {
  const errors: AssessmentErrors = {};
  const reason = fields.reason.trim();
  const feedback = fields.feedback.trim();
  if (!fields.hasilKerja) errors['hasilKerja.rating'] = 'Pilih rating Hasil Kerja.';
  if (reasonRequired(fields.hasilKerja, suggested) && reason === '') {
    errors['hasilKerja.reason'] = 'Rating Hasil Kerja berbeda dari saran sistem; tuliskan alasannya.';
  } else if (reason.length > REASON_MAX) errors['hasilKerja.reason'] = `Alasan paling banyak ${REASON_MAX.toLocaleString('id-ID')} karakter.`;
  for (const { key, label } of valueKeys) {
    if (!fields.values[key]) errors[`perilaku.values.${key}`] = `Pilih rating untuk ${label}.`;
  }
  if (!fields.perilaku) errors['perilaku.rating'] = 'Pilih rating Perilaku Kerja.';
  if (feedback === '') errors.feedback = 'Umpan balik wajib diisi.';
  else if (feedback.length > FEEDBACK_MAX) errors.feedback = `Umpan balik paling banyak ${FEEDBACK_MAX.toLocaleString('id-ID')} karakter.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      hasilKerja: { rating: fields.hasilKerja!, ...(reason ? { reason } : {}) },
      perilaku: { rating: fields.perilaku!, values: fields.values as Record<BerakhlakValue, Rating> },
      feedback,
    },
  };
}

/** The policy-based hints, or undefined when the server's policy is not the one this bundle knows. */
export function policyHints(policyVersion: string) {
  if (policyVersion !== DEFAULT_ASSESSMENT_POLICY.version) return undefined;
  return {
    rateIndicator: (capaian: number | undefined) => rateIndicator(capaian, DEFAULT_ASSESSMENT_POLICY),
    suggestPerilaku: (values: Readonly<Partial<Record<BerakhlakValue, Rating>>>, keys: readonly BerakhlakValue[]) =>
      keys.every((key) => values[key]) ? suggestPerilaku(values as Record<BerakhlakValue, Rating>, DEFAULT_ASSESSMENT_POLICY) : undefined,
  };
}
