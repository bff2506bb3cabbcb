import { created, httpHandler, ok } from '#shared/http/handler';
import { importOwnReportsCsv } from '#shared/services/report-import';

export const handler = httpHandler({ route: 'POST /api/reports/import', upload: { mediaType: 'text/csv', maxBytes: 256 * 1024 } }, async ({ actor, text, now }) => {
  const outcome = await importOwnReportsCsv(actor, text, now);
  return outcome.alreadyUploaded ? ok(outcome) : created(outcome);
});
