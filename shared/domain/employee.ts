import { checkNip } from './nip.ts';
import type { Employee } from './people.ts';

/**
 * The rules an employee record must meet, whatever brings it in (CSV import today, a form later).
 * Values are normalised the same way every time, so the same input always yields the same record
 * and a re-import can tell "unchanged" from "changed" by plain comparison.
 */
export type EmployeeField = 'nip' | 'name' | 'email' | 'jabatan' | 'golongan' | 'unitId' | 'unitName' | 'supervisorNip';

export interface FieldIssue {
  readonly field: EmployeeField;
  readonly message: string;
}

/** What a source says about one person; strings as typed, empty when not given. */
export type EmployeeInput = Record<EmployeeField, string>;

/** The person as the source describes them (no roles: those are granted by BKPSDM, not imported). */
export type EmployeeFields = Omit<Employee, 'roles'>;

export interface CheckedEmployee {
  readonly employee: EmployeeFields;
  /** The unit's name as given; empty when the source leaves it to the stored unit. */
  readonly unitName: string;
}

export type EmployeeCheck = { ok: true; value: CheckedEmployee } | { ok: false; issues: FieldIssue[] };

/** PNS: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e. PPPK: I–XVII (Perpres 98/2020). */
const GOLONGAN_PNS = /^(I|II|III)\/[a-d]$|^IV\/[a-e]$/;
const GOLONGAN_PPPK = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/;
/** Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is the mail server's business. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UNIT_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
/** Control characters and U+FFFD, which is what a non-UTF-8 file (Excel "CSV" in ANSI) turns into. */
const UNREADABLE = /[\u0000-\u001F\u007F\uFFFD]/;

export const NAME_MAX = 120;
export const JABATAN_MAX = 150;
export const UNIT_NAME_MAX = 150;

/** `iii / B` → `III/b`; anything that is not a known golongan afterwards is refused. */
export function normalizeGolongan(raw: string): string {
  const [rank = '', grade] = raw.replace(/\s+/g, '').split('/');
  return grade === undefined ? rank.toUpperCase() : `${rank.toUpperCase()}/${grade.toLowerCase()}`;
}

export function isGolongan(value: string): boolean {
  return GOLONGAN_PNS.test(value) || GOLONGAN_PPPK.test(value);
}

/** Line breaks and runs of spaces become one space: names are one line. */
function oneLine(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

function checkText(field: EmployeeField, label: string, raw: string, max: number, issues: FieldIssue[], required = true): string {
  const value = oneLine(raw);
  if (value === '') {
    if (required) issues.push({ field, message: `${label} wajib diisi.` });
  } else if (UNREADABLE.test(value)) {
    issues.push({ field, message: `${label} berisi karakter yang tidak terbaca; simpan berkas sebagai "CSV UTF-8".` });
  } else if (value.length > max) {
    issues.push({ field, message: `${label} paling banyak ${max} karakter.` });
  }
  return value;
}

/** Checks and normalises every field, reporting all problems at once so a person fixes a line in one go. */
export function checkEmployee(input: EmployeeInput): EmployeeCheck {
  const issues: FieldIssue[] = [];

  const nip = input.nip.trim();
  const nipCheck = checkNip(nip);
  if (!nipCheck.ok) issues.push({ field: 'nip', message: nipCheck.reason });

  const name = checkText('name', 'Nama', input.name, NAME_MAX, issues);
  const jabatan = checkText('jabatan', 'Jabatan', input.jabatan, JABATAN_MAX, issues);
  const unitName = checkText('unitName', 'Nama unit', input.unitName, UNIT_NAME_MAX, issues, false);

  // Optional here: BKPSDM's records often lack one; the data check lists who still needs an address.
  const email = input.email.trim().toLowerCase();
  if (email !== '' && (!EMAIL.test(email) || email.length > 254)) {
    issues.push({ field: 'email', message: `Alamat email "${input.email.trim()}" tidak sah (contoh: nama@kendarikota.go.id).` });
  }

  const golongan = normalizeGolongan(input.golongan);
  if (golongan === '') issues.push({ field: 'golongan', message: 'Golongan wajib diisi (contoh: III/b, atau IX untuk PPPK).' });
  else if (!isGolongan(golongan)) {
    issues.push({ field: 'golongan', message: `Golongan "${input.golongan.trim()}" tidak dikenal; tulis seperti III/b (PNS) atau IX (PPPK).` });
  }

  const unitId = input.unitId.trim().toLowerCase();
  if (unitId === '') issues.push({ field: 'unitId', message: 'Kode unit wajib diisi.' });
  else if (!UNIT_ID.test(unitId)) {
    issues.push({ field: 'unitId', message: `Kode unit "${input.unitId.trim()}" tidak sah: gunakan huruf kecil, angka dan tanda hubung (contoh: dinkes), paling panjang 40.` });
  }

  const supervisorNip = input.supervisorNip.trim();
  if (supervisorNip !== '') {
    const supervisorCheck = checkNip(supervisorNip);
    if (!supervisorCheck.ok) issues.push({ field: 'supervisorNip', message: `NIP atasan tidak sah: ${supervisorCheck.reason}` });
    else if (supervisorNip === nip) issues.push({ field: 'supervisorNip', message: 'NIP atasan tidak boleh sama dengan NIP pegawai itu sendiri.' });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { employee: { nip, name, email, jabatan, golongan, unitId, ...(supervisorNip ? { supervisorNip } : {}) }, unitName },
  };
}

/** True when two records say the same about a person; roles and bookkeeping are not part of the comparison. */
export function sameEmployeeFields(a: EmployeeFields, b: EmployeeFields): boolean {
  return (
    a.nip === b.nip &&
    a.name === b.name &&
    a.email === b.email &&
    a.jabatan === b.jabatan &&
    a.golongan === b.golongan &&
    a.unitId === b.unitId &&
    (a.supervisorNip ?? '') === (b.supervisorNip ?? '')
  );
}
