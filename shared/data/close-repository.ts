import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Period } from '../domain/period.ts';
import { auditItem, type AuditEntry } from './audit.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, isConditionalCheckFailure, withoutKeys } from './item.ts';
import { ALL_PERIODS, periodKey, unitScoredKey } from './keys.ts';
import { queryAll } from './pagination.ts';

/** A period while and after it closes: which units there are and how many are scored. */
export interface ClosingPeriod extends Period {
  readonly unitIds?: readonly string[];
  readonly unitsDone?: number;
  readonly closeStartedAt?: string;
  readonly closedAt?: string;
  readonly employeesScored?: number;
  /**
   * PeriodClosed's outbox: PENDING from the moment the period is CLOSED until the one writer that closed it (or,
   * if it died, whoever claims it after `closedEventLeaseUntil`) has published it; then PUBLISHED.
   */
  readonly closedEvent?: 'PENDING' | 'PUBLISHED';
  readonly closedEventLeaseUntil?: string;
  /** Which close this is: absent (1) until the period is first reopened, then one more per reopen. */
  readonly closeRound?: number;
  readonly reopenedAt?: string;
}

/** The close a period is in (or last finished): 1 until it is reopened. */
export const closeRoundOf = (period: Pick<ClosingPeriod, 'closeRound'>): number => period.closeRound ?? 1;

export interface UnitScoredSummary {
  readonly unitId: string;
  readonly employees: number;
  /** How many of them reported at least once in the period. */
  readonly reported: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly curveWarnings: readonly string[];
  /** "Pegawai Berkinerja Terbaik" piagams given in the unit (absent on markers written before it was counted). */
  readonly topPerformers?: number;
  readonly scoredAt: string;
  /** The close that wrote the marker (absent: 1). A reopened period's older markers stay until its next close replaces them. */
  readonly closeRound?: number;
  /** When a late assessment or a keberatan decision last moved its counts after the close (absent: never). */
  readonly updatedAt?: string;
}

export async function getClosingPeriod(periodId: string): Promise<ClosingPeriod | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: periodKey(periodId), ConsistentRead: true }));
  return Item ? withoutKeys<ClosingPeriod>(Item) : undefined;
}

/** OPEN → CLOSING, once: of two concurrent closers exactly one wins. Returns false if it was not OPEN. */
export async function markClosing(periodId: string, unitIds: readonly string[], now: Date): Promise<boolean> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: periodKey(periodId),
        UpdateExpression: 'SET #status = :closing, unitIds = :units, unitsDone = :zero, employeesScored = :zero, closeStartedAt = :now',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':closing': 'CLOSING', ':open': 'OPEN', ':units': [...unitIds], ':zero': 0, ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/**
 * Records that a unit is scored and counts it on the period, in one transaction; the marker makes it count
 * once however often the unit is delivered. Returns the period as it now stands, or undefined if already counted.
 * After a reopen (`summary.closeRound` > 1) the marker of an earlier close is replaced, never one of this close, and
 * only a period still in that close counts it.
 */
export async function recordUnitScored(periodId: string, summary: UnitScoredSummary): Promise<ClosingPeriod | undefined> {
  const round = summary.closeRound ?? 1;
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...unitScoredKey(periodId, summary.unitId), type: 'UNIT_SCORED', periodId, ...summary, closeRound: round },
              ConditionExpression: round === 1 ? 'attribute_not_exists(PK)' : 'attribute_not_exists(PK) OR attribute_not_exists(closeRound) OR closeRound < :round',
              ...(round === 1 ? {} : { ExpressionAttributeValues: { ':round': round } }),
            },
          },
          {
            Update: {
              TableName: tableName(),
              Key: periodKey(periodId),
              UpdateExpression: 'ADD unitsDone :one, employeesScored :employees',
              ConditionExpression: `#status = :closing AND ${round === 1 ? '(attribute_not_exists(closeRound) OR closeRound = :round)' : 'closeRound = :round'}`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':one': 1, ':employees': summary.employees, ':closing': 'CLOSING', ':round': round },
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (isCancelledBy(error, 0) || isCancelledBy(error, 1)) return undefined;
    throw error;
  }
  return getClosingPeriod(periodId);
}

/** The unit markers of a period; with `round`, only those of that close (a reopened period keeps older ones until replaced). */
export async function listScoredUnits(periodId: string, round?: number): Promise<UnitScoredSummary[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': periodKey(periodId).PK, ':prefix': 'SCORED#' },
  });
  const markers = items.map((item) => withoutKeys<UnitScoredSummary>(item));
  return round === undefined ? markers : markers.filter((marker) => closeRoundOf(marker) === round);
}

/** What a change after the close rewrites on the unit's marker: its counts and what follows from them. */
export interface UnitMarkerFigures {
  readonly counts: Readonly<Record<string, number>>;
  readonly curveWarnings: readonly string[];
  readonly topPerformers: number;
}

/**
 * A result changed after the close (a late assessment, a keberatan decision) rewrites its unit's marker in the same
 * transaction, so the public summary, the curve warnings and the Terbaik places count the results in force. Only while
 * `guard`'s count is still as read: two changes in one unit are counted one at a time (the loser reads again). Only on
 * a marker that exists: an Update would otherwise create one no close wrote.
 */
export function rewriteUnitMarkerItem(periodId: string, unitId: string, figures: UnitMarkerFigures, guard: { readonly key: string; readonly count: number }, at: string) {
  return {
    Update: {
      TableName: tableName(),
      Key: unitScoredKey(periodId, unitId),
      UpdateExpression: 'SET #counts = :counts, curveWarnings = :warnings, topPerformers = :top, updatedAt = :at',
      ConditionExpression: 'attribute_exists(PK) AND #counts.#guard = :read',
      ExpressionAttributeNames: { '#counts': 'counts', '#guard': guard.key },
      ExpressionAttributeValues: { ':counts': figures.counts, ':warnings': figures.curveWarnings, ':top': figures.topPerformers, ':read': guard.count, ':at': at },
    },
  };
}

export async function getScoredUnit(periodId: string, unitId: string): Promise<UnitScoredSummary | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: unitScoredKey(periodId, unitId), ConsistentRead: true }));
  return Item ? withoutKeys<UnitScoredSummary>(Item) : undefined;
}

/**
 * CLOSING → CLOSED once every unit is counted, with PeriodClosed PENDING and held by this writer until `leaseUntil`
 * (by default not held: the next close run publishes it). Returns false if someone else already did it: of two
 * units finishing together only one gets true.
 */
export async function markClosed(periodId: string, now: Date, leaseUntil: Date = now): Promise<boolean> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: periodKey(periodId),
        UpdateExpression: 'SET #status = :closed, closedAt = :now, closedEvent = :pending, closedEventLeaseUntil = :lease',
        ConditionExpression: '#status = :closing AND unitsDone = size(unitIds)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':closed': 'CLOSED', ':closing': 'CLOSING', ':now': now.toISOString(), ':pending': 'PENDING', ':lease': leaseUntil.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/** Takes over a PENDING PeriodClosed whose holder's lease has passed (it died before publishing). Returns the period if taken. */
export async function claimClosedEvent(periodId: string, now: Date, leaseUntil: Date): Promise<ClosingPeriod | undefined> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: periodKey(periodId),
        UpdateExpression: 'SET closedEventLeaseUntil = :lease',
        ConditionExpression: 'closedEvent = :pending AND closedEventLeaseUntil < :now',
        ExpressionAttributeValues: { ':pending': 'PENDING', ':now': now.toISOString(), ':lease': leaseUntil.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? withoutKeys<ClosingPeriod>(Attributes) : undefined;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    throw error;
  }
}

export async function markClosedEventPublished(periodId: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: periodKey(periodId),
      UpdateExpression: 'SET closedEvent = :published REMOVE closedEventLeaseUntil',
      ExpressionAttributeValues: { ':published': 'PUBLISHED' },
    }),
  );
}

/** Periods whose end date falls in [from, to], for finding the ones due to close. */
export async function listPeriodsEndingBetween(from: string, to: string): Promise<ClosingPeriod[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': ALL_PERIODS, ':from': from, ':to': `${to}#\uffff` },
  });
  return items.map((item) => withoutKeys<ClosingPeriod>(item));
}

/**
 * CLOSED → OPEN, with its audit entry, in one transaction: only a period whose PeriodClosed is out (never one still
 * PENDING, so every close is announced once) and still in the close that was read. The next close is the following
 * round, so this close's unit markers stop counting without being deleted; the close's bookkeeping goes.
 * Returns false if the period was no longer in that state.
 */
export async function reopenClosedPeriod(period: ClosingPeriod, closesAt: string, audit: AuditEntry): Promise<boolean> {
  const round = closeRoundOf(period);
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: periodKey(period.periodId),
              UpdateExpression:
                'SET #status = :open, closesAt = :closesAt, closeRound = :next, reopenedAt = :at ' +
                'REMOVE unitIds, unitsDone, employeesScored, closeStartedAt, closedAt, closedEvent, closedEventLeaseUntil',
              ConditionExpression:
                '#status = :closed AND (attribute_not_exists(closedEvent) OR closedEvent <> :pending) AND ' +
                (round === 1 ? '(attribute_not_exists(closeRound) OR closeRound = :round)' : 'closeRound = :round'),
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':open': 'OPEN',
                ':closed': 'CLOSED',
                ':pending': 'PENDING',
                ':closesAt': closesAt,
                ':next': round + 1,
                ':at': audit.at,
                ':round': round,
              },
            },
          },
          auditItem(tableName(), periodKey(period.periodId), audit),
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isCancelledBy(error, 0)) return false;
    throw error;
  }
}
