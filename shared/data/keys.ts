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

/** The close's bookkeeping: one marker per scored unit, under the period. */
export const unitScoredKey = (periodId: string, unitId: string): Key => ({ PK: `PERIOD#${periodId}`, SK: `SCORED#${unitId}` });
