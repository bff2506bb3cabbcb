import { getEmployee, listDirectReports } from '../data/employee-repository.ts';
import { setNudgePreference } from '../data/reminder-repository.ts';
import { getUnit } from '../data/unit-repository.ts';
import { NotFound } from '../domain/errors.ts';
import { currentPeriod } from '../domain/period.ts';
import type { Actor } from '../domain/roles.ts';
import { witaDateOf } from '../domain/time.ts';
import { periodsAround } from './period-lookup.ts';

/** What the form needs on sign-in: who I am, where I work, who assesses me, and which period is open. */
export async function describeMe(actor: Actor, now: Date) {
  const employee = await getEmployee(actor.nip);
  if (!employee) throw new NotFound(`Data pegawai dengan NIP ${actor.nip} belum terdaftar. Hubungi admin BKPSDM.`);
  const today = witaDateOf(now);
  const [unit, supervisor, periods, team] = await Promise.all([
    getUnit(employee.unitId),
    employee.supervisorNip ? getEmployee(employee.supervisorNip) : undefined,
    periodsAround(today, now.getTime()),
    listDirectReports(employee.nip, { limit: 1 }),
  ]);
  return {
    profile: employee,
    unit: unit ?? null,
    supervisor: supervisor ? { nip: supervisor.nip, name: supervisor.name, jabatan: supervisor.jabatan } : null,
    roles: actor.roles,
    isSupervisor: team.items.length > 0,
    openPeriod: currentPeriod(today, periods) ?? null,
  };
}

/** Weekly nudges can be switched off; results and notices about oneself cannot. */
export async function setOwnNudgePreference(actor: Actor, nudges: boolean) {
  await setNudgePreference(actor.nip, nudges);
  return { nudges };
}
