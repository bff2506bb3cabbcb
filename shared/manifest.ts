import type { Role } from './domain/roles.ts';

/**
 * The one list of what runs: HTTP routes, schedules and event rules.
 * The CDK app and the local runtime both build from it, and each HTTP handler looks up its own
 * access rule here by its route key, so "who may call" is written exactly once.
 * Data only: no imports beyond types, so it costs a handler bundle almost nothing.
 */

/** `public`: anyone, no token. `pegawai`: any signed-in employee. A role list: signed in with one of those roles. */
export type Access = 'public' | 'pegawai' | readonly Role[];
/** What the function may do to the table: read-only or read-write grants, and the env var, in one place. */
export type TableAccess = 'NONE' | 'RO' | 'RW';

export interface RouteSpec {
  readonly handler: string;
  readonly access: Access;
  readonly table: TableAccess;
  readonly publishesEvents?: boolean;
  readonly sendsEmail?: boolean;
  readonly summary: string;
}

export const ROUTES = {
  'GET /api/health': { handler: 'functions/http/get-health.ts', access: 'public', table: 'NONE', summary: 'Liveness check' },
  'GET /api/openapi.json': { handler: 'functions/http/get-openapi.ts', access: 'public', table: 'NONE', summary: 'This API as OpenAPI 3.1, generated from the zod schemas' },
  'GET /api/me': { handler: 'functions/http/get-me.ts', access: 'pegawai', table: 'RO', summary: 'Own profile, unit, supervisor, roles and open period' },
  'PUT /api/me/preferences': { handler: 'functions/http/put-me-preferences.ts', access: 'pegawai', table: 'RW', summary: 'Switch own weekly nudges on or off' },
  'POST /api/reports': { handler: 'functions/http/post-reports.ts', access: 'pegawai', table: 'RW', summary: 'Report an activity (e-reporting)' },
  'GET /api/reports/progress': { handler: 'functions/http/get-reports-progress.ts', access: 'pegawai', table: 'RO', summary: 'Own capaian so far per SKP indicator in a period, from the running totals' },
  'POST /api/reports/batch': { handler: 'functions/http/post-reports-batch.ts', access: 'pegawai', table: 'RW', summary: 'Report up to 50 activities at once, all or nothing, each problem named by its position' },
  'POST /api/reports/import': { handler: 'functions/http/post-reports-import.ts', access: 'pegawai', table: 'RW', summary: "Upload a month's activities as CSV; checked whole, the same file twice writes nothing" },
  'PUT /api/reports/{id}': { handler: 'functions/http/put-report.ts', access: 'pegawai', table: 'RW', summary: 'Correct own report until the supervisor accepts it or the period closes' },
  'DELETE /api/reports/{id}': { handler: 'functions/http/delete-report.ts', access: 'pegawai', table: 'RW', summary: 'Withdraw own report until the supervisor accepts it or the period closes' },
  'GET /api/reports': { handler: 'functions/http/get-reports.ts', access: 'pegawai', table: 'RO', summary: "Own reports in a period" },
  'GET /api/team/{nip}/reports': { handler: 'functions/http/get-team-reports.ts', access: 'pegawai', table: 'RO', summary: "A team member's reports in a period (supervisor of record)" },
  'POST /api/team/{nip}/reports/{id}/verify': { handler: 'functions/http/post-team-report-verify.ts', access: 'pegawai', table: 'RW', summary: 'Mark a report SESUAI or return it with a note (supervisor of record)' },
  'POST /api/team/reports/verify': { handler: 'functions/http/post-team-reports-verify.ts', access: 'pegawai', table: 'RW', summary: 'Verify up to 30 team reports at once (supervisor of record of each)' },
  'GET /api/units': { handler: 'functions/http/get-units.ts', access: 'pegawai', table: 'RO', summary: 'The OPDs by name (id and name), for choosing a unit on a screen' },
  'GET /api/units/{unitId}/compliance': { handler: 'functions/http/get-unit-compliance.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: "A unit's reporting compliance in a period: who reported, rates, unverified, nothing reported (pimpinan: own unit)" },
  'PUT /api/units/{unitId}/exclusions/{nip}': { handler: 'functions/http/put-unit-exclusion.ts', access: ['admin', 'pimpinan'], table: 'RW', summary: 'Leave someone out of the compliance count for a period (cuti, tugas belajar, pensiun)' },
  'DELETE /api/units/{unitId}/exclusions/{nip}': { handler: 'functions/http/delete-unit-exclusion.ts', access: ['admin', 'pimpinan'], table: 'RW', summary: 'Take someone back into the compliance count for a period' },
  'POST /api/admin/employees/import': { handler: 'functions/http/post-admin-employees-import.ts', access: ['admin'], table: 'RW', summary: 'Upsert units and employees from a CSV; re-importing the same file changes nothing' },
  'GET /api/admin/data-check': { handler: 'functions/http/get-admin-data-check.ts', access: ['admin', 'auditor'], table: 'RO', summary: 'What must be fixed in the organisation data before a period can run' },
  'POST /api/admin/periods': { handler: 'functions/http/post-admin-periods.ts', access: ['admin'], table: 'RW', summary: "Create one period or generate a year's calendar" },
  'GET /api/periods': { handler: 'functions/http/get-periods.ts', access: 'pegawai', table: 'RO', summary: 'The periods of a year' },
  'GET /api/team': { handler: 'functions/http/get-team.ts', access: 'pegawai', table: 'RO', summary: 'Own direct reports (atasan langsung of record)' },
  'GET /api/skp/{year}': { handler: 'functions/http/get-skp.ts', access: 'pegawai', table: 'RO', summary: 'Own SKP plan for a year' },
  'PUT /api/skp/{year}': { handler: 'functions/http/put-skp.ts', access: 'pegawai', table: 'RW', summary: 'Save own SKP draft (a new revision once approved)' },
  'POST /api/skp/{year}/submit': { handler: 'functions/http/post-skp-submit.ts', access: 'pegawai', table: 'RW', summary: 'Submit own SKP to the supervisor' },
  'GET /api/team/skp': { handler: 'functions/http/get-team-skp.ts', access: 'pegawai', table: 'RO', summary: "Team plans awaiting the caller's decision" },
  'POST /api/team/{nip}/skp/{year}/approve': { handler: 'functions/http/post-team-skp-approve.ts', access: 'pegawai', table: 'RW', summary: 'Approve a submitted SKP (supervisor of record)' },
  'POST /api/team/{nip}/skp/{year}/reject': { handler: 'functions/http/post-team-skp-reject.ts', access: 'pegawai', table: 'RW', summary: 'Return a submitted SKP with a note (supervisor of record)' },
  'GET /api/team/assessments': { handler: 'functions/http/get-team-assessments.ts', access: 'pegawai', table: 'RO', summary: 'The people the caller assesses in a period, with status' },
  'GET /api/team/{nip}/assessments/{periodId}': { handler: 'functions/http/get-team-assessment.ts', access: 'pegawai', table: 'RO', summary: 'Assessment workspace: achievements, suggestion, BerAKHLAK guide, record' },
  'PUT /api/team/{nip}/assessments/{periodId}': { handler: 'functions/http/put-team-assessment.ts', access: 'pegawai', table: 'RW', summary: 'Save an assessment draft (supervisor of record), answers the predikat preview' },
  'POST /api/team/{nip}/assessments/{periodId}/finalize': {
    handler: 'functions/http/post-team-assessment-finalize.ts',
    access: 'pegawai',
    table: 'RW',
    publishesEvents: true,
    // After the close, finalising the assessment of someone left BELUM_DINILAI scores them and announces the result.
    summary: 'Finalise an assessment (supervisor of record)',
  },
  'POST /api/admin/assessments/{nip}/{periodId}/reopen': { handler: 'functions/http/post-admin-assessment-reopen.ts', access: ['admin'], table: 'RW', summary: 'Reopen a final assessment as a draft, with a reason, while its period is open (audited)' },
  'POST /api/admin/periods/{id}/close': { handler: 'functions/http/post-admin-period-close.ts', access: ['admin'], table: 'RW', publishesEvents: true, summary: 'Close a period now (the same path the schedule runs)' },
  'POST /api/admin/periods/{id}/reopen': {
    handler: 'functions/http/post-admin-period-reopen.ts',
    access: ['admin'],
    table: 'RW',
    summary: 'Reopen a CLOSED period for corrections, with a reason (audited); the next close scores every unit again and re-notifies only changed results',
  },
  'GET /api/admin/periods/{id}/close': { handler: 'functions/http/get-admin-period-close.ts', access: ['admin', 'auditor'], table: 'RO', summary: 'Progress of a close: units scored, curve warnings' },
  'GET /api/admin/notices': { handler: 'functions/http/get-admin-notices.ts', access: ['admin'], table: 'RO', summary: "A period's email notices by kind and status, with each failure's reason" },
  'GET /api/public/certificates/{id}': { handler: 'functions/http/get-public-certificate.ts', access: 'public', table: 'RO', summary: "Verify a piagam by the code on it (its QR code links here): only the certificate's public facts" },
  'GET /api/results': { handler: 'functions/http/get-results.ts', access: 'pegawai', table: 'RO', summary: 'Own results, newest first (or one period)' },
  'PUT /api/admin/units/{unitId}/org-predicate': { handler: 'functions/http/put-admin-unit-org-predicate.ts', access: ['admin'], table: 'RW', summary: "Set a unit's Predikat Kinerja Organisasi (the curve's reference)" },
  'GET /api/admin/results': { handler: 'functions/http/get-admin-results.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: "One unit's results in a period with decisions and TPP input (pimpinan: own unit)" },
  'GET /api/admin/results.csv': { handler: 'functions/http/get-admin-results-csv.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: 'The same as CSV for Excel and payroll (formulas neutralised)' },
  'GET /api/admin/exports/tpp.csv': { handler: 'functions/http/get-admin-export-tpp.ts', access: ['admin', 'auditor'], table: 'RO', summary: "Payroll's TPP input for a closed period: per employee predikat, incentive factor and, once configured, the kinerja amount with its breakdown (CSV)" },
  'GET /api/admin/exports/bkn.csv': { handler: 'functions/http/get-admin-export-bkn.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: "One OPD's closed period for the national e-Kinerja: per employee each SKP indicator with target, realisation and capaian, the ratings and predikat (CSV; pimpinan: own unit)" },
  'POST /api/appeals': { handler: 'functions/http/post-appeals.ts', access: 'pegawai', table: 'RW', summary: 'File a keberatan on own result within 14 days of its notice' },
  'GET /api/appeals/inbox': { handler: 'functions/http/get-appeals-inbox.ts', access: 'pegawai', table: 'RO', summary: "Keberatan awaiting the caller's decision (atasan pejabat penilai; BKPSDM where the chain ends)" },
  'GET /api/appeals/{id}': { handler: 'functions/http/get-appeal.ts', access: 'pegawai', table: 'RO', summary: 'One keberatan, for the employee, the assessor and the reviewer' },
  'POST /api/appeals/{id}/explanations': { handler: 'functions/http/post-appeal-explanations.ts', access: 'pegawai', table: 'RW', summary: 'The employee or the assessor adds a written explanation' },
  'POST /api/appeals/{id}/decide': { handler: 'functions/http/post-appeal-decide.ts', access: 'pegawai', table: 'RW', publishesEvents: true, summary: 'Final decision: uphold, or change the ratings (re-scores the result and its notices)' },
  'POST /api/trainings': { handler: 'functions/http/post-trainings.ts', access: 'pegawai', table: 'RW', summary: 'Record own completed competency development (JP)' },
  'GET /api/trainings': { handler: 'functions/http/get-trainings.ts', access: 'pegawai', table: 'RO', summary: 'Own JP of a year against the 20 JP target, with recommended training' },
  'GET /api/units/{unitId}/trainings': { handler: 'functions/http/get-unit-trainings.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: "A unit's JP per employee for a year (pimpinan: own unit only)" },
  'GET /api/units/{unitId}/report': { handler: 'functions/http/get-unit-report.ts', access: ['admin', 'auditor', 'pimpinan'], table: 'RO', summary: "A unit's period report for its head to sign off: assessment completion, predikat spread against the curve, decisions and warnings (pimpinan: own unit)" },
  'GET /api/units/{unitId}/adoption': { handler: 'functions/http/get-unit-adoption.ts', access: ['admin', 'pimpinan'], table: 'RO', summary: "A unit's adoption in a week: who reported, approved SKPs, finished assessments, reminders sent and whether nudges were followed by a report within 3 days (pimpinan: own unit only)" },
  'GET /api/public/summary': { handler: 'functions/http/get-public-summary.ts', access: 'public', table: 'RO', summary: 'Aggregated, small-cell-suppressed results per OPD for a closed period (no sign-in, cacheable)' },
  'GET /api/public/trend': { handler: 'functions/http/get-public-trend.ts', access: 'public', table: 'RO', summary: "A year's closed periods with the city's suppressed predikat distribution (and optionally one OPD's), for the public trend (no sign-in, cacheable)" },
} as const satisfies Record<string, RouteSpec>;

export type RouteKey = keyof typeof ROUTES;

export interface ScheduleSpec {
  readonly handler: string;
  /** EventBridge Scheduler cron: `cron(minutes hours day-of-month month day-of-week year)`, evaluated in `timezone`. */
  readonly cron: string;
  readonly timezone: 'Asia/Makassar';
  readonly table: TableAccess;
  readonly publishesEvents?: boolean;
  readonly sendsEmail?: boolean;
  readonly summary: string;
}

export const SCHEDULES = {
  'weekly-nudges': {
    handler: 'functions/jobs/weekly-nudges.ts',
    cron: 'cron(30 7 ? * MON-FRI *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    sendsEmail: true,
    summary: "07:30 WITA on weekdays; acts only on the week's first working day (Monday, or the next when it is a holiday): nudges those with no report in 5 working days",
  },
  'jp-reminders': {
    handler: 'functions/jobs/jp-reminders.ts',
    cron: 'cron(0 8 ? * MON-FRI *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    sendsEmail: true,
    summary: "08:00 WITA on weekdays; from July acts only on the month's first working day: reminds those below JP_REMINDER_SHARE of the 20 JP a year (a nudge: opt-out respected)",
  },
  'supervisor-digests': {
    handler: 'functions/jobs/supervisor-digests.ts',
    cron: 'cron(0 8 ? * MON-FRI *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    sendsEmail: true,
    summary: "08:00 WITA on working days in a period's last 5 working days before closesAt: one digest per supervisor of the reports to verify and assessments to finalise (their own team of record)",
  },
  escalations: {
    handler: 'functions/jobs/escalations.ts',
    cron: 'cron(30 8 ? * MON-FRI *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    sendsEmail: true,
    summary: "08:30 WITA on the first working day after a period's closesAt: what supervisors still owe goes one level up (their supervisor of record) and to the unit head, one email each",
  },
  'open-periods': {
    handler: 'functions/jobs/open-periods.ts',
    cron: 'cron(5 0 * * ? *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    summary: "Opens the month's BULANAN period at 00:05 WITA so reporting never waits on an admin",
  },
  'close-due-periods': {
    handler: 'functions/jobs/close-due-periods.ts',
    cron: 'cron(10 * * * ? *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    publishesEvents: true,
    summary: 'Hourly at :10 WITA: closes every OPEN period whose closesAt has passed and resumes any close left CLOSING',
  },
  'send-notices': {
    handler: 'functions/jobs/send-notices.ts',
    cron: 'cron(0/5 * * * ? *)',
    timezone: 'Asia/Makassar',
    table: 'RW',
    publishesEvents: true,
    sendsEmail: true,
    summary: 'Every 5 minutes: announces results left in the ResultScored outbox, sends pending notices at the SES rate and retries released or expired claims (the backstop to the notify consumer)',
  },
} as const satisfies Record<string, ScheduleSpec>;

export type ScheduleName = keyof typeof SCHEDULES;

export interface EventRuleSpec {
  readonly handler: string;
  /** Detail types (events/contracts.ts) this consumer receives. */
  readonly detailTypes: readonly string[];
  readonly table: TableAccess;
  readonly publishesEvents?: boolean;
  readonly sendsEmail?: boolean;
  readonly summary: string;
}

export const EVENT_RULES = {
  'score-unit': {
    handler: 'functions/consumers/score-unit.ts',
    detailTypes: ['UnitScoringRequested'],
    table: 'RW',
    publishesEvents: true,
    summary: 'Scores one unit of a closing period; the last unit marks the period CLOSED',
  },
  notify: {
    handler: 'functions/consumers/create-notices.ts',
    detailTypes: ['ResultScored'],
    table: 'RW',
    sendsEmail: true,
    summary: "Creates a scored result's email notices once (results, awards with the piagam, pembinaan, sanction recommendation, escalation) and sends them",
  },
} as const satisfies Record<string, EventRuleSpec>;

export const EVENT_SOURCE = 'kendari.ekinerja';

export function splitRouteKey(key: string): { method: string; path: string } {
  const [method, path] = key.split(' ') as [string, string];
  return { method, path };
}
