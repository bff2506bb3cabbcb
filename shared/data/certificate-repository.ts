import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Certificate } from '../notify/certificate.ts';
import type { CertificateKind } from '../notify/notice.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, withoutKeys } from './item.ts';
import { certificateKey, certificateOfKey } from './keys.ts';

/**
 * Piagams. Issuing writes the certificate (by its public id) and the owner's pointer (by nip, period, kind)
 * in one transaction; the pointer's condition makes a second issue, even a concurrent one, read back the first.
 */
export async function issueCertificateOnce(certificate: Certificate): Promise<Certificate> {
  const existing = await getCertificateOf(certificate.nip, certificate.periodId, certificate.kind);
  if (existing) return existing;
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...certificateOfKey(certificate.nip, certificate.periodId, certificate.kind), type: 'CERTIFICATE_OF', certificateId: certificate.certificateId },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...certificateKey(certificate.certificateId), type: 'CERTIFICATE', ...certificate },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return certificate;
  } catch (error) {
    if (!isCancelledBy(error, 0)) throw error;
    const winner = await getCertificateOf(certificate.nip, certificate.periodId, certificate.kind);
    if (!winner) throw error;
    return winner;
  }
}

export async function getCertificate(certificateId: string): Promise<Certificate | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: certificateKey(certificateId) }));
  return Item ? withoutKeys<Certificate>(Item) : undefined;
}

export async function getCertificateOf(nip: string, periodId: string, kind: CertificateKind): Promise<Certificate | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: certificateOfKey(nip, periodId, kind), ConsistentRead: true }));
  if (!Item) return undefined;
  const { Item: certificate } = await db().send(
    new GetCommand({ TableName: tableName(), Key: certificateKey(Item.certificateId as string), ConsistentRead: true }),
  );
  return certificate ? withoutKeys<Certificate>(certificate) : undefined;
}

/**
 * The transaction item that revokes a piagam: written with the keberatan decision that withdrew its award,
 * so a code never stops verifying without the decision, and never verifies after it.
 */
export function revokeCertificateItem(certificateId: string, revokedAt: Date, revokedOn: string, reason: string) {
  return {
    Update: {
      TableName: tableName(),
      Key: certificateKey(certificateId),
      UpdateExpression: 'SET revokedAt = :at, revokedOn = :on, revocationReason = :reason',
      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':at': revokedAt.toISOString(), ':on': revokedOn, ':reason': reason },
    },
  };
}
