import { NUDGE_EFFECT_DAYS, weekContaining } from '../../../../shared/domain/adoption.ts';
import { addDays } from '../../../../shared/domain/time.ts';
import { formatDateRange, formatNumber, formatPercent } from '../../core/format.ts';
import type { PeriodStatus } from '../../core/types.ts';

export { NUDGE_EFFECT_DAYS };

/** `GET /api/units/{unitId}/adoption?week=&period=` (shared/services/adoption.ts). Shares are fractions rounded to 0.1 %, null when nobody counts. */
export interface Adoption {
  readonly unit: { readonly unitId: string; readonly name: string };
  readonly week: { readonly startsOn: string; readonly endsOn: string };
  readonly asOf: string;
  readonly reporting: { readonly employees: number; readonly excluded: number; readonly reported: number; readonly share: number | null };
  readonly skp: { readonly year: number; readonly employees: number; readonly approved: number; readonly share: number | null };
  readonly assessments: {
    readonly periodId: string;
    readonly periodName: string;
    readonly status: PeriodStatus;
    readonly employees: number;
    readonly finished: number;
    readonly share: number | null;
  } | null;
  readonly reminders: {
    readonly sentByKind: Readonly<Record<string, number>>;
    readonly total: number;
    readonly nudges: { readonly sent: number; readonly reportedWithin3Days: number; readonly awaiting: number; readonly share: number | null };
  };
}

/** One line of the summary table: how many of how many, the share, and what the count leaves out. */
export interface AdoptionRow {
  readonly key: 'reporting' | 'skp' | 'assessments' | 'nudges';
  readonly label: string;
  readonly part: number | null;
  readonly whole: number | null;
  readonly share: number | null;
  readonly note?: string;
}

/** The reminder kinds the schedules send (shared/services/reminders, supervisor-digests, escalations, jp-reminders). */
export const REMINDER_KIND_LABELS: Readonly<Record<string, string>> = {
  NUDGE_LAPORAN: 'Pengingat laporan kegiatan (pegawai)',
  DIGEST_ATASAN: 'Ringkasan untuk atasan menjelang penutupan',
  ESKALASI: 'Eskalasi setelah penutupan',
  NUDGE_JP: 'Pengingat 20 JP pengembangan kompetensi',
};

/** "95,5 %" from a fraction (0.955), or a dash when there is nobody to count. */
export function shareText(share: number | null): string {
  return share === null ? '—' : formatPercent(Math.round(share * 1000) / 10);
}

/** "16–22 November 2026". */
export function weekLabel(week: Adoption['week']): string {
  return formatDateRange(week.startsOn, week.endsOn);
}

/** The Monday of the week before and after, for the screen's "minggu sebelumnya / berikutnya". */
export function neighbourWeeks(date: string): { previous: string; next: string; startsOn: string } {
  const { startsOn } = weekContaining(date);
  return { previous: addDays(startsOn, -7), next: addDays(startsOn, 7), startsOn };
}

export function adoptionRows(view: Adoption): AdoptionRow[] {
  const { reporting, skp, assessments, reminders } = view;
  const nudges = reminders.nudges;
  const settled = nudges.sent - nudges.awaiting;
  return [
    {
      key: 'reporting',
      label: 'Melapor kegiatan minggu ini',
      part: reporting.reported,
      whole: reporting.employees,
      share: reporting.share,
      ...(reporting.excluded > 0 ? { note: `${formatNumber(reporting.excluded)} pegawai dikecualikan (cuti, tugas belajar, pensiun) tidak dihitung.` } : {}),
    },
    { key: 'skp', label: `SKP ${skp.year} disetujui atasan`, part: skp.approved, whole: skp.employees, share: skp.share },
    assessments
      ? { key: 'assessments', label: `Penilaian ${assessments.periodName} final`, part: assessments.finished, whole: assessments.employees, share: assessments.share }
      : { key: 'assessments', label: 'Penilaian periode', part: null, whole: null, share: null, note: 'Tidak ada periode penilaian yang berjalan pada minggu ini.' },
    {
      key: 'nudges',
      label: `Pengingat laporan yang diikuti laporan dalam ${NUDGE_EFFECT_DAYS} hari`,
      part: nudges.reportedWithin3Days,
      whole: settled,
      share: nudges.share,
      ...(nudges.awaiting > 0 ? { note: `${formatNumber(nudges.awaiting)} pengingat masih ditunggu (${NUDGE_EFFECT_DAYS} hari belum lewat) dan belum dihitung.` } : {}),
    },
  ];
}

/** The reminders sent in the week by kind, known kinds first in the order the schedules run, each with its count. */
export function reminderRows(sentByKind: Readonly<Record<string, number>>): { kind: string; label: string; count: number }[] {
  const known = Object.keys(REMINDER_KIND_LABELS);
  const kinds = [...known.filter((kind) => (sentByKind[kind] ?? 0) > 0), ...Object.keys(sentByKind).filter((kind) => !known.includes(kind)).sort()];
  return kinds.map((kind) => ({ kind, label: REMINDER_KIND_LABELS[kind] ?? kind, count: sentByKind[kind] ?? 0 }));
}

/** What became of the week's report nudges, in words: followed, still within the 3 days, and not followed. */
export function nudgeEffect(nudges: Adoption['reminders']['nudges']): readonly (readonly [string, string])[] {
  const ignored = nudges.sent - nudges.reportedWithin3Days - nudges.awaiting;
  return [
    ['Pengingat laporan terkirim', formatNumber(nudges.sent)],
    [`Melapor dalam ${NUDGE_EFFECT_DAYS} hari`, formatNumber(nudges.reportedWithin3Days)],
    ['Masih ditunggu', formatNumber(nudges.awaiting)],
    [`Tidak melapor dalam ${NUDGE_EFFECT_DAYS} hari`, formatNumber(Math.max(ignored, 0))],
    ['Efek pengingat', shareText(nudges.share)],
  ];
}
