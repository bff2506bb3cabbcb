import { listDirectReports } from '../data/employee-repository.ts';
import type { PageRequest } from '../data/pagination.ts';
import type { Actor } from '../domain/roles.ts';

/** The caller's direct reports (atasan langsung of record). Someone with no team gets an empty list, not an error. */
export async function listOwnTeam(actor: Actor, page: PageRequest) {
  const { items, nextCursor } = await listDirectReports(actor.nip, page);
  return {
    items: items.map(({ nip, name, jabatan, golongan, unitId }) => ({ nip, name, jabatan, golongan, unitId })),
    ...(nextCursor ? { nextCursor } : {}),
  };
}
