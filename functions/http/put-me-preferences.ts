import { httpHandler, ok } from '#shared/http/handler';
import { PreferencesBody } from '#shared/http/schemas/preferences';
import { setOwnNudgePreference } from '#shared/services/me';

export const handler = httpHandler({ route: 'PUT /api/me/preferences', body: PreferencesBody }, async ({ actor, body }) => ok(await setOwnNudgePreference(actor, body.nudges)));
