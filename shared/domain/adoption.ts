import type { Period } from './period.ts';
import type { Skp } from './skp.ts';
import { addDays, witaInstant, type IsoDate } from './time.ts';
import { mondayOf } from './working-days.ts';

/**
 * Adoption per unit (issue: reminders and adoption): who reports each week, whose SKP is approved, how far the
 * period's assessments are, and whether nudges work. Pure: the service gathers counts, this decides what they say.
 */
export interface Week {
  /** Monday and Sunday, WITA. */
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  /** [from, to): Monday 00:00 WITA to the next Monday 00:00 WITA. */
  readonly from: Date;
  readonly to: Date;
}

/** A nudge counts as working when the person reports within this many days of it. */
export const NUDGE_EFFECT_DAYS = 3;
const DAY_MS = 86_400_000;

export function weekContaining(date: IsoDate): Week {
  const startsOn = mondayOf(date);
  return { startsOn, endsOn: addDays(startsOn, 6), from: witaInstant(startsOn), to: witaInstant(addDays(startsOn, 7)) };
}

export function nudgeWindow(sentAt: string): { from: Date; to: Date } {
  const from = new Date(sentAt);
  return { from, to: new Date(from.getTime() + NUDGE_EFFECT_DAYS * DAY_MS) };
}

/**
 * The periods a report entered during [from, to) can belong to: periodic ones that had started by `to` and
 * were not yet closed at `from` (a report may be dated back into an earlier period still open for it).
 */
export function periodsOpenDuring(periods: readonly Period[], from: Date, to: Date): Period[] {
  return periods.filter((p) => p.kind !== 'TAHUNAN' && witaInstant(p.startsOn) < to && p.closesAt >= from.toISOString());
}

/**
 * What a person's latest report times (one per period) say about [from, to): true when one falls in it, false when
 * none is as late as `from`, undefined when a later report hides whether there was one in between.
 */
export function reportedInWindowByLatest(latest: readonly (string | undefined)[], from: Date, to: Date): boolean | undefined {
  const inside = (t: string) => t >= from.toISOString() && t < to.toISOString();
  if (latest.some((t) => t !== undefined && inside(t))) return true;
  if (latest.every((t) => t === undefined || t < from.toISOString())) return false;
  return undefined;
}

/** Approved now, or approved before and being revised (a revision only opens on an approved plan). */
export function hasApprovedSkp(skp: Pick<Skp, 'status' | 'revision'> | undefined): boolean {
  return skp !== undefined && (skp.status === 'APPROVED' || skp.revision > 1);
}

/** A share rounded to 0.1 %, or null when there is nobody to count. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}
