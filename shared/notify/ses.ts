import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { config, localCredentials } from '../config/env.ts';

/** Below Node's default server keep-alive (5 s), so locally too the client is the side that closes an idle socket. */
const IDLE_SOCKET_MS = 4_000;

let client: SESv2Client | undefined;

/**
 * The one SES client per process (module scope in Lambda). The SDK's own retries are off: SendEmail has no
 * idempotency token, so a blind retry after a timeout can send twice. The drain retries instead, and only
 * when the failure proves SES sent nothing (shared/notify/delivery.ts).
 */
export function sesClient(): SESv2Client {
  if (!client) {
    const { AWS_REGION, SES_ENDPOINT } = config();
    client = new SESv2Client({
      region: AWS_REGION,
      endpoint: SES_ENDPOINT,
      credentials: localCredentials(SES_ENDPOINT),
      maxAttempts: 1,
      requestHandler: {
        connectionTimeout: 5_000,
        // A send that hangs is given up (and treated as possibly sent) rather than holding the drain.
        requestTimeout: 15_000,
        throwOnRequestTimeout: true,
        // Idle keep-alive sockets are closed by us before the server closes them: reusing a socket the server has
        // just closed fails with ECONNRESET, an outcome the drain must treat as "maybe sent".
        httpAgent: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, maxSockets: 50 }),
        httpsAgent: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, maxSockets: 50 }),
      },
    });
  }
  return client;
}

export interface OutgoingEmail {
  readonly from: string;
  readonly replyTo: readonly string[];
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly { readonly fileName: string; readonly contentType: string; readonly content: Uint8Array }[];
  /** SES message tags: they travel with SES's send/delivery events, so an event can be matched to its notice. */
  readonly tags: Readonly<Record<string, string>>;
}

/** Sends one email (Simple content; attachments ride along as SES builds the MIME). Returns SES's message id. */
export async function sendEmail(email: OutgoingEmail): Promise<string> {
  const output = await sesClient().send(
    new SendEmailCommand({
      FromEmailAddress: email.from,
      ReplyToAddresses: [...email.replyTo],
      Destination: { ToAddresses: [...email.to], CcAddresses: email.cc.length > 0 ? [...email.cc] : undefined },
      EmailTags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })),
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          Attachments:
            email.attachments.length > 0
              ? email.attachments.map((a) => ({ FileName: a.fileName, ContentType: a.contentType, RawContent: a.content, ContentDisposition: 'ATTACHMENT' as const }))
              : undefined,
        },
      },
    }),
  );
  if (!output.MessageId) throw Object.assign(new Error('SES answered without a MessageId'), { name: 'MissingMessageId' });
  return output.MessageId;
}
