import type { FollowUpSettings } from '../shared/services/supervisor-digests.ts';

/** The mail settings the reminder jobs' tests send with (config's mailSettings() in a deployment). */
export const TEST_MAIL = {
  from: 'e-Kinerja <no-reply@ekinerja.kendarikota.go.id>',
  replyTo: 'bkpsdm@kendarikota.go.id',
  signature: 'BKPSDM Kota Kendari',
  publicBaseUrl: 'https://ekinerja.kendarikota.go.id',
} as const;

/** Digests and escalations with no holidays and room for every supervisor in one run. */
export const followUpTestSettings: FollowUpSettings = { holidays: new Set(), capPerRun: 100, ...TEST_MAIL };
