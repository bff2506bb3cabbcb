import { setUnitOrgPredikat } from '../data/unit-repository.ts';
import type { OrgPredikat } from '../domain/curve.ts';
import type { Actor } from '../domain/roles.ts';
import { logger } from '../logger.ts';

/** BKPSDM records the unit's Predikat Kinerja Organisasi; the next close checks the unit's spread against it. */
export async function setOrgPredikat(actor: Actor, unitId: string, orgPredikat: OrgPredikat) {
  const unit = await setUnitOrgPredikat(unitId, orgPredikat);
  logger.info('Organisation predikat set', { unitId, orgPredikat, by: actor.nip });
  return unit;
}
