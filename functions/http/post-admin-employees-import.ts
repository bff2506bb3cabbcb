import { httpHandler, ok } from '#shared/http/handler';
import { importEmployees } from '#shared/services/employee-import';

export const handler = httpHandler(
  { route: 'POST /api/admin/employees/import', upload: { mediaType: 'text/csv', maxBytes: 5 * 1024 * 1024 } },
  async ({ text, now }) => ok(await importEmployees(text, now)),
);
