/**
 * Key builders for the one table: pure functions, `ENTITY#id` prefixes, generic GSI attributes.
 * The README's access-pattern table says which query uses which of these.
 */
export interface Key {
  PK: string;
  SK: string;
}

export const unitKey = (unitId: string): Key => ({ PK: `UNIT#${unitId}`, SK: 'UNIT' });
/** GSI1: every unit, ordered by name. */
export const ALL_UNITS = 'UNITS';

export const employeeKey = (nip: string): Key => ({ PK: `EMP#${nip}`, SK: 'PROFILE' });
/** GSI1: the employees of a unit, by name. */
export const unitMembersPk = (unitId: string) => `UNIT#${unitId}`;
export const unitMemberSk = (name: string, nip: string) => `EMP#${name.toLocaleUpperCase('id-ID')}#${nip}`;
/** GSI2: the direct reports of a supervisor (atasan langsung). */
export const supervisedByPk = (supervisorNip: string) => `SUP#${supervisorNip}`;
export const supervisedSk = (nip: string) => `EMP#${nip}`;

export const periodKey = (periodId: string): Key => ({ PK: `PERIOD#${periodId}`, SK: 'PERIOD' });
/** GSI1: periods ordered by end date, so "periods that end on or after D" is one range query. */
export const ALL_PERIODS = 'PERIODS';
export const periodByEndSk = (endsOn: string, periodId: string) => `${endsOn}#${periodId}`;

export const reportKey = (nip: string, periodId: string, reportId: string): Key => ({
  PK: `EMP#${nip}`,
  SK: `${reportsOfPeriodPrefix(periodId)}${reportId}`,
});
export const reportsOfPeriodPrefix = (periodId: string) => `REPORT#${periodId}#`;
/** The running total of an employee's realisation on one SKP indicator in a period (kept as reports change). */
export const indicatorTotalKey = (nip: string, periodId: string, indicatorId: string): Key => ({ PK: `EMP#${nip}`, SK: `REALIZATION#${periodId}#${indicatorId}` });
export const indicatorTotalsOfPeriodPrefix = (periodId: string) => `REALIZATION#${periodId}#`;
/** Every period's totals in a year (periodic ids all start with the year), for the annual evaluation. */
export const indicatorTotalsOfYearPrefix = (year: number) => `REALIZATION#${year}`;
/** An employee's report counts in a period: how many, how many wait for the supervisor, when last reported. */
export const reportCountsKey = (nip: string, periodId: string): Key => ({ PK: `EMP#${nip}`, SK: `REPORTCOUNT#${periodId}` });
/** People left out of a unit's reporting compliance for a period (cuti, tugas belajar, pensiun). */
export const complianceExclusionKey = (periodId: string, unitId: string, nip: string): Key => ({ PK: `EXCLUDED#${periodId}#${unitId}`, SK: `EMP#${nip}` });
/** A client's Idempotency-Key for a report, claimed once per employee (expires by TTL). */
export const reportIdempotencyKey = (nip: string, idempotencyKey: string): Key => ({ PK: `IDEMP#${nip}#${idempotencyKey}`, SK: 'REPORT' });

export const skpKey = (nip: string, year: number): Key => ({ PK: `EMP#${nip}`, SK: `SKP#${year}` });
export const skpRevisionKey = (nip: string, year: number, revision: number): Key => ({
  PK: `EMP#${nip}`,
  SK: `SKP#${year}#REV#${String(revision).padStart(3, '0')}`,
});
/** GSI1: a supervisor's submitted plans by year and status. */
export const skpBySupervisorPk = (supervisorNip: string) => `SUP#${supervisorNip}`;
export const skpBySupervisorSk = (year: number, status: string, nip: string) => `SKP#${year}#${status}#${nip}`;

/** The audit trail of one entity, oldest first. */
export const auditPk = (entity: Key) => `AUDIT#${entity.PK}#${entity.SK}`;

export const rosterKey = (nip: string, periodId: string): Key => ({ PK: `EMP#${nip}`, SK: `ROSTER#${periodId}` });
/** GSI1: a unit's roster for a period (who is scored there at close). */
export const unitRosterPk = (periodId: string, unitId: string) => `PERIOD#${periodId}#UNIT#${unitId}`;
/** GSI2: the people a supervisor assesses in a period, beside their current direct reports (`SUP#` / `EMP#`). */
export const assessedBySk = (periodId: string, nip: string) => `ROSTER#${periodId}#${nip}`;

export const assessmentKey = (nip: string, periodId: string): Key => ({ PK: `EMP#${nip}`, SK: `ASSESS#${periodId}` });
/** GSI1: the assessments a supervisor wrote in a period. */
export const assessorPk = (assessorNip: string) => `SUP#${assessorNip}`;
export const assessorSk = (periodId: string, nip: string) => `ASSESS#${periodId}#${nip}`;

export const resultKey = (nip: string, periodId: string): Key => ({ PK: `EMP#${nip}`, SK: `RESULT#${periodId}` });
/** GSI1 (shares the unit-roster partition): a unit's results in a period, grouped by predikat. */
export const unitResultSk = (predikat: string | undefined, nip: string) => `RESULT#${predikat ?? 'BELUM_DINILAI'}#${nip}`;

/** An email notice: one per (employee, period, kind) and result revision (a keberatan decision re-notifies). */
export const noticeKey = (nip: string, periodId: string, kind: string, revision: number): Key => ({
  PK: `EMP#${nip}`,
  SK: `NOTICE#${periodId}#${kind}#R${revision}`,
});
/** GSI1: a period's notices by status then kind, for the admin counts and the failed list. */
export const periodNoticesPk = (periodId: string) => `NOTICES#${periodId}`;
export const periodNoticeSk = (status: string, kind: string, nip: string, revision: number) => `${status}#${kind}#${nip}#R${revision}`;
/** GSI3, sparse: notices not yet SENT or FAILED, oldest first; the attributes are removed once a notice is settled. */
export const UNSETTLED_NOTICES = 'NOTICE#PENDING';
export const unsettledNoticeSk = (createdAt: string, noticeId: string) => `${createdAt}#${noticeId}`;
/** The one-drain-at-a-time lock that keeps the account's sending rate. */
export const noticeDrainLockKey = (): Key => ({ PK: 'NOTICE#DRAIN', SK: 'LOCK' });

/** A piagam by its public verification id, and the owner's pointer that makes issuing it idempotent. */
export const certificateKey = (certificateId: string): Key => ({ PK: `CERT#${certificateId}`, SK: 'CERT' });
export const certificateOfKey = (nip: string, periodId: string, kind: string): Key => ({ PK: `EMP#${nip}`, SK: `CERT#${periodId}#${kind}` });

/**
 * ResultScored's outbox: a marker per result revision whose announcement is not yet known to be out, written in the
 * transaction that changes the result (a late assessment, a keberatan decision), removed once published. One small
 * partition: such changes are few, and the send-notices schedule reads it whole.
 */
export const RESULT_OUTBOX = 'OUTBOX#RESULT_SCORED';
export const resultOutboxKey = (nip: string, periodId: string, revision: number): Key => ({ PK: RESULT_OUTBOX, SK: `${periodId}#${nip}#R${revision}` });

/** The close's bookkeeping: one marker per scored unit, under the period. */
export const unitScoredKey = (periodId: string, unitId: string): Key => ({ PK: `PERIOD#${periodId}`, SK: `SCORED#${unitId}` });

export const trainingKey = (nip: string, year: number, trainingId: string): Key => ({ PK: `EMP#${nip}`, SK: `TRAINING#${year}#${trainingId}` });
/** GSI1: a unit's training records of a year (the unit at the time of recording). */
export const unitTrainingPk = (unitId: string, year: number) => `UNIT#${unitId}#TRAINING#${year}`;

export const appealKey = (nip: string, periodId: string): Key => ({ PK: `EMP#${nip}`, SK: `APPEAL#${periodId}` });
/** GSI1: a reviewer's appeals by status, oldest first. */
export const reviewerPk = (reviewerNip: string) => `REVIEWER#${reviewerNip}`;
export const reviewerSk = (status: string, filedAt: string, nip: string) => `APPEAL#${status}#${filedAt}#${nip}`;

/** One reminder of a kind per person per day: the claim that makes a re-run send nothing new (expires by TTL). */
export const reminderKey = (nip: string, kind: string, date: string): Key => ({ PK: `EMP#${nip}`, SK: `REMINDER#${kind}#${date}` });
/** The reminders a unit's people were sent in a week (Monday, WITA): counts per kind and who, when. Kept by the send. */
export const unitRemindersKey = (unitId: string, weekOf: string): Key => ({ PK: `UNIT#${unitId}`, SK: `REMINDERS#${weekOf}` });
