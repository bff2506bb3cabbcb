import { getEmployee } from '../data/employee-repository.ts';
import { getLastApprovedRevision, getSkp, listSkpsAwaitingDecision, saveSkpIfVersion } from '../data/skp-repository.ts';
import type { Actor } from '../domain/roles.ts';
import { decide, saveDraft, submit, type Skp, type SkpContent, type SkpDecision } from '../domain/skp.ts';

/**
 * The employee's plan for a year as it stands, and beside it the approved revision still in force while a new
 * revision is being drafted or reviewed (reports and the appraisal keep using that one until the new is approved).
 */
export async function getOwnSkp(actor: Actor, year: number): Promise<(Skp & { approvedRevision: Skp | null }) | null> {
  const current = await getSkp(actor.nip, year);
  if (!current) return null;
  const inForce = current.status === 'APPROVED' ? null : ((await getLastApprovedRevision(actor.nip, year, current)) ?? null);
  return { ...current, approvedRevision: inForce };
}

export async function saveOwnSkp(actor: Actor, year: number, content: SkpContent, expectedVersion: number, now: Date): Promise<Skp> {
  const current = await getSkp(actor.nip, year);
  const { next, archived } = saveDraft(current, actor.nip, year, content, expectedVersion, now);
  await saveSkpIfVersion(next, current?.version ?? 0, { actorNip: actor.nip, action: archived ? 'SKP_REVISION_OPENED' : 'SKP_SAVED', at: now.toISOString(), before: current, after: next }, archived);
  return next;
}

/** Sends the plan to the employee's atasan langsung as recorded now; that person alone decides it. */
export async function submitOwnSkp(actor: Actor, year: number, expectedVersion: number, now: Date): Promise<Skp> {
  const [current, employee] = await Promise.all([getSkp(actor.nip, year), getEmployee(actor.nip)]);
  const next = submit(current, employee?.supervisorNip, expectedVersion, now);
  await saveSkpIfVersion(next, current!.version, { actorNip: actor.nip, action: 'SKP_SUBMITTED', at: now.toISOString(), before: current, after: next });
  return next;
}

export async function decideTeamSkp(actor: Actor, nip: string, year: number, decision: SkpDecision, expectedVersion: number | undefined, now: Date): Promise<Skp> {
  const current = await getSkp(nip, year);
  const next = decide(current, actor.nip, decision, expectedVersion, now);
  await saveSkpIfVersion(next, current!.version, {
    actorNip: actor.nip,
    action: decision.approve ? 'SKP_APPROVED' : 'SKP_RETURNED',
    at: now.toISOString(),
    before: current,
    after: next,
    ...(decision.approve ? {} : { reason: decision.note }),
  });
  return next;
}

export async function listTeamSkpsAwaitingDecision(actor: Actor, year: number): Promise<{ items: Skp[] }> {
  return { items: await listSkpsAwaitingDecision(actor.nip, year) };
}
