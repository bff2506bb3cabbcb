import { eventHandler } from '#shared/jobs/event-handler';
import { scoreUnit } from '#shared/services/close';

export const handler = eventHandler('UnitScoringRequested', (detail, now) => scoreUnit(detail.periodId, detail.unitId, now));
