import { config } from '../config/env.ts';
import { getEmployees } from '../data/employee-repository.ts';
import { getPeriod } from '../data/period-repository.ts';
import { getUnit } from '../data/unit-repository.ts';
import { ADMIN_REVIEWER, type Appeal } from '../domain/appeal.ts';
import type { Result } from '../domain/result.ts';
import type { AppealNoticeInput } from '../notify/appeal-notice.ts';
import { BKPSDM_NAME } from '../notify/notice.ts';

/** The people and names a keberatan email needs, read once: the employee, the assessor, the reviewer, the period and the unit. */
export async function appealNoticeInput(appeal: Appeal, result: Result): Promise<AppealNoticeInput> {
  const nips = [appeal.nip, appeal.assessorNip, ...(appeal.reviewerNip === ADMIN_REVIEWER ? [] : [appeal.reviewerNip])];
  const [profiles, period, unit] = await Promise.all([getEmployees(nips), getPeriod(appeal.periodId), getUnit(result.unitId)]);
  return {
    appeal,
    result,
    periodName: period?.name ?? appeal.periodId,
    unitName: unit?.name ?? result.unitId,
    employee: profiles.get(appeal.nip),
    assessor: profiles.get(appeal.assessorNip),
    reviewer: profiles.get(appeal.reviewerNip),
    bkpsdm: { name: BKPSDM_NAME, email: config().BKPSDM_EMAIL, office: true },
  };
}
