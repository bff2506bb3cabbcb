import { httpHandler, ok } from '#shared/http/handler';
import { CertificatePath } from '#shared/http/schemas/notices';
import { verifyCertificate } from '#shared/services/certificates';

export const handler = httpHandler({ route: 'GET /api/public/certificates/{id}', params: CertificatePath }, async ({ params }) =>
  ok(await verifyCertificate(params.id)),
);
