import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Certificate, RevocationCause } from '../notify/certificate.ts';
import type { CertificateKind } from '../notify/notice.ts';
import { witaDateOf } from '../domain/time.ts';
import { getAll } from './batch.ts';
import { db, tableName } from './client.ts';
import { isCancelledBy, withoutKeys } from './item.ts';
import { certificateKey, certificateOfKey, resultKey } from './keys.ts';

/**
 * Piagams. Issuing writes the certificate (by its public id) and the owner's pointer (by nip, period, kind)
 * in one transaction; the pointer's condition makes a second issue, even a concurrent one, read back the first.
 * A pointer to a revoked piagam (an award withdrawn, then granted again at a later close) is moved to a new one.
 * With `resultRevision`, the issue also requires the person's result to still be that revision: a piagam is never
 * issued for an award that a newer result has withdrawn meanwhile (undefined then).
 */
export async function issueCertificateOnce(certificate: Certificate, resultRevision?: number): Promise<Certificate | undefined> {
  const existing = await getCertificateOf(certificate.nip, certificate.periodId, certificate.kind);
  if (existing && !existing.revokedAt) return existing;
  const pointer = certificateOfKey(certificate.nip, certificate.periodId, certificate.kind);
  try {
    await db().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...pointer, type: 'CERTIFICATE_OF', certificateId: certificate.certificateId },
              ...(existing
                ? { ConditionExpression: 'certificateId = :revoked', ExpressionAttributeValues: { ':revoked': existing.certificateId } }
                : { ConditionExpression: 'attribute_not_exists(PK)' }),
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: { ...certificateKey(certificate.certificateId), type: 'CERTIFICATE', ...certificate },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...(resultRevision === undefined
            ? []
            : [
                {
                  ConditionCheck: {
                    TableName: tableName(),
                    Key: resultKey(certificate.nip, certificate.periodId),
                    ConditionExpression: 'revision = :revision',
                    ExpressionAttributeValues: { ':revision': resultRevision },
                  },
                },
              ]),
        ],
      }),
    );
    return certificate;
  } catch (error) {
    if (isCancelledBy(error, 2)) return undefined;
    if (!isCancelledBy(error, 0)) throw error;
    const winner = await getCertificateOf(certificate.nip, certificate.periodId, certificate.kind);
    if (!winner || winner.revokedAt) throw error;
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
 * One person's piagams for some (period, kind) pairs: their pointers in one BatchGet, the piagams those point to in
 * another. Read by the owner's NIP, so only ever that person's; pairs never issued are absent.
 */
export async function getCertificatesOf(nip: string, wanted: readonly { readonly periodId: string; readonly kind: CertificateKind }[]): Promise<Certificate[]> {
  if (wanted.length === 0) return [];
  const pointers = await getAll(wanted.map(({ periodId, kind }) => certificateOfKey(nip, periodId, kind)));
  if (pointers.length === 0) return [];
  const certificates = await getAll(pointers.map((pointer) => certificateKey(pointer.certificateId as string)));
  return certificates.map((item) => withoutKeys<Certificate>(item)).filter((certificate) => certificate.nip === nip);
}

/**
 * The transaction item that revokes a piagam: written with the keberatan decision (or the close after a reopen) that
 * withdrew its award, so a code never stops verifying without the decision, and never verifies after it.
 */
export function revokeCertificateItem(certificateId: string, revokedAt: Date, revokedOn: string, reason: string, cause?: RevocationCause) {
  return {
    Update: {
      TableName: tableName(),
      Key: certificateKey(certificateId),
      UpdateExpression: `SET revokedAt = :at, revokedOn = :on, revocationReason = :reason${cause ? ', revocationCause = :cause' : ''}`,
      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':at': revokedAt.toISOString(), ':on': revokedOn, ':reason': reason, ...(cause ? { ':cause': cause } : {}) },
    },
  };
}

/**
 * What a result that withdraws these awards writes with itself (`items`): each piagam issued and still valid revoked,
 * and, for each kind, a check that its pointer is still as read (none, or this piagam). So a piagam the notify consumer
 * issues for the older result in between makes the transaction fail and be tried again, instead of outliving its
 * award. `revoked` lists the piagams it revokes, for the notice that tells their holder.
 */
export async function awardWithdrawal(nip: string, periodId: string, kinds: readonly CertificateKind[], at: Date, reason: string, cause: RevocationCause) {
  const items = [];
  const revoked: Certificate[] = [];
  const issuedByKind = await Promise.all(kinds.map((kind) => getCertificateOf(nip, periodId, kind)));
  for (const [index, kind] of kinds.entries()) {
    const issued = issuedByKind[index];
    const pointer = certificateOfKey(nip, periodId, kind);
    items.push(
      issued
        ? { ConditionCheck: { TableName: tableName(), Key: pointer, ConditionExpression: 'certificateId = :id', ExpressionAttributeValues: { ':id': issued.certificateId } } }
        : { ConditionCheck: { TableName: tableName(), Key: pointer, ConditionExpression: 'attribute_not_exists(PK)' } },
    );
    if (issued && !issued.revokedAt) {
      items.push(revokeCertificateItem(issued.certificateId, at, witaDateOf(at), reason, cause));
      revoked.push(issued);
    }
  }
  return { items, revoked };
}
