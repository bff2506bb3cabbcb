import type { ActivityReport, NewReport, Period } from '../../core/types.ts';

/**
 * What an employee may still do with a report they sent, mirroring the server's rule (shared/domain/report.ts):
 * change or withdraw it until the supervisor accepts it (Sesuai) or the period stops being open.
 * The server stays the authority; this only decides which buttons to show.
 */
export function isChangeableByOwner(report: Pick<ActivityReport, 'status' | 'periodId'>, period: Pick<Period, 'periodId' | 'status'> | null): boolean {
  return report.status !== 'SESUAI' && period !== null && period.periodId === report.periodId && period.status === 'OPEN';
}

/** The fields a person typed, without what the server added (status, verdict, version…). */
export function newReportFrom(report: ActivityReport): NewReport {
  const fields: NewReport = { date: report.date, activity: report.activity };
  if (report.indicatorId !== undefined) fields.indicatorId = report.indicatorId;
  if (report.realization !== undefined) fields.realization = report.realization;
  if (report.unit !== undefined) fields.unit = report.unit;
  if (report.evidenceUrl !== undefined) fields.evidenceUrl = report.evidenceUrl;
  return fields;
}
