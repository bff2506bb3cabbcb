/** Roles granted by BKPSDM (Cognito groups in AWS). Every signed-in person is also a pegawai. */
export const ROLES = ['admin', 'pimpinan', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as established by the authorizer. Ownership is checked against data, not just roles. */
export interface Actor {
  readonly nip: string;
  readonly sub: string;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
