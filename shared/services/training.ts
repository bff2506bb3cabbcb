import { ulid } from 'ulid';
import { getEmployee, listUnitMembers } from '../data/employee-repository.ts';
import { queryAllPages } from '../data/pagination.ts';
import { listResultsOf } from '../data/result-repository.ts';
import { listTrainingsOfYear, listUnitTrainingsOfYear, putNewTraining } from '../data/training-repository.ts';
import { NotFound } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { assertRecordable, jpProgress, type NewTraining, type Training } from '../domain/training.ts';
import { unitVisibleTo } from './unit-access.ts';

export async function recordTraining(actor: Actor, input: NewTraining, now: Date): Promise<Training> {
  assertRecordable(input, witaDateOf(now));
  const employee = await getEmployee(actor.nip);
  if (!employee) throw new NotFound(`Data pegawai dengan NIP ${actor.nip} belum terdaftar. Hubungi admin BKPSDM.`);
  const training: Training = {
    ...input,
    trainingId: ulid(now.getTime()),
    nip: actor.nip,
    year: Number(input.endsOn.slice(0, 4)),
    unitId: employee.unitId,
    createdAt: now.toISOString(),
  };
  await putNewTraining(training);
  return training;
}

/** The caller's year: records, JP against the 20 JP target, and the training their pembinaan notices recommended. */
export async function ownTrainingYear(actor: Actor, year: number) {
  const [items, results] = await Promise.all([listTrainingsOfYear(actor.nip, year), listResultsOf(actor.nip)]);
  const recommended = results
    .filter((r) => r.periodId.startsWith(String(year)))
    .flatMap((r) => r.decisions.flatMap((d) => (d.kind === 'PEMBINAAN' ? [{ periodId: r.periodId, training: d.recommendedTraining, meetingBy: d.meetingBy }] : [])));
  return { year, items, ...jpProgress(items), recommended };
}

/** A unit's JP per employee for a year, those furthest from the target first. */
export async function unitTrainingYear(actor: Actor, unitId: string, year: number) {
  const unit = await unitVisibleTo(actor, unitId);
  const [members, trainings] = await Promise.all([queryAllPages((page) => listUnitMembers(unitId, page)), listUnitTrainingsOfYear(unitId, year)]);
  const byNip = new Map<string, Training[]>();
  for (const training of trainings) byNip.set(training.nip, [...(byNip.get(training.nip) ?? []), training]);
  const people = members
    .map((m) => ({ nip: m.nip, name: m.name, jabatan: m.jabatan, ...jpProgress(byNip.get(m.nip) ?? []) }))
    .sort((a, b) => b.remainingJp - a.remainingJp || a.name.localeCompare(b.name, 'id'));
  return { unit: { unitId: unit.unitId, name: unit.name }, year, people, metCount: people.filter((p) => p.met).length };
}
