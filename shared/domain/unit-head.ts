import type { EmployeeFields } from './employee.ts';

/**
 * The head (pimpinan) of a unit when nobody has named one: the one member whose supervisor is outside
 * the unit (or who has none, like the Sekretaris Daerah). Zero or several such members means the tree
 * does not say, so no head is guessed and the data check asks BKPSDM to name one.
 */
export function inferUnitHead(
  unitId: string,
  members: readonly Pick<EmployeeFields, 'nip' | 'supervisorNip'>[],
  unitOf: (nip: string) => string | undefined,
): string | undefined {
  const tops = members.filter((member) => !member.supervisorNip || unitOf(member.supervisorNip) !== unitId);
  return tops.length === 1 ? tops[0]!.nip : undefined;
}
