import type { OrgPredikat } from './curve.ts';
import type { Role } from './roles.ts';

/** An OPD (organisasi perangkat daerah) of Kota Kendari. */
export interface Unit {
  readonly unitId: string;
  readonly name: string;
  /** The head of the unit (pimpinan), if known. */
  readonly headNip?: string;
  /** Predikat Kinerja Organisasi, set one level up; it limits how employee predikats may be spread (the curve). */
  readonly orgPredikat?: OrgPredikat;
}

export interface Employee {
  readonly nip: string;
  readonly name: string;
  readonly email: string;
  readonly jabatan: string;
  readonly golongan: string;
  readonly unitId: string;
  /** The atasan langsung; absent only at the top of the tree (the Wali Kota's direct reports are outside it). */
  readonly supervisorNip?: string;
  readonly roles: readonly Role[];
  /** The person switched off weekly nudges (never results or notices about them). */
  readonly nudgesOptOut?: boolean;
}
