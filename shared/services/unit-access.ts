import { getUnit } from '../data/unit-repository.ts';
import { Forbidden, NotFound } from '../domain/errors.ts';
import type { Unit } from '../domain/people.ts';
import { hasRole, type Actor } from '../domain/roles.ts';

/** Unit views: BKPSDM admins and auditors see every unit; a pimpinan only the unit they head, by the data of record. */
export async function unitVisibleTo(actor: Actor, unitId: string): Promise<Unit> {
  const unit = await getUnit(unitId);
  if (!unit) throw new NotFound(`Unit ${unitId} tidak ditemukan.`);
  if (hasRole(actor, 'admin') || hasRole(actor, 'auditor')) return unit;
  if (hasRole(actor, 'pimpinan') && unit.headNip === actor.nip) return unit;
  throw new Forbidden('Anda hanya dapat melihat unit yang Anda pimpin.');
}
