import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { inject } from 'vitest';

/**
 * Faults injected into the real SES client, as the SES API would answer them: the middleware sits just inside
 * the SDK's deserializer and hands it an HTTP error response instead of calling the stand-in, so the drain sees
 * exactly the exception class, status and metadata that SES itself would produce.
 */
export interface SesFault {
  readonly status: number;
  readonly errorType: string;
  readonly message: string;
}

export interface FaultInjector {
  /** SendEmail calls seen (faulted or passed through), with their first To address. */
  readonly calls: string[];
  remove(): void;
}

export function injectSesFaults(client: SESv2Client, decide: (to: string, call: number) => SesFault | undefined): FaultInjector {
  const calls: string[] = [];
  const name = `fault-${Math.random().toString(36).slice(2)}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'SendEmailCommand') return next(args);
      const input = args.input as { Destination?: { ToAddresses?: string[] } };
      const to = input.Destination?.ToAddresses?.[0] ?? '';
      calls.push(to);
      const fault = decide(to, calls.filter((address) => address === to).length);
      if (!fault) return next(args);
      return {
        output: undefined,
        response: {
          statusCode: fault.status,
          reason: fault.errorType,
          headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${fault.errorType}:`, 'x-amzn-requestid': 'injected' },
          body: new TextEncoder().encode(JSON.stringify({ message: fault.message })),
        },
      } as never;
    },
    { step: 'deserialize', priority: 'low', name },
  );
  return { calls, remove: () => void client.middlewareStack.remove(name) };
}

export const THROTTLED: SesFault = { status: 429, errorType: 'TooManyRequestsException', message: 'Maximum sending rate exceeded.' };
export const REJECTED: SesFault = { status: 400, errorType: 'MessageRejected', message: 'Email address is not verified. The following identities failed the check: x' };
export const UNAVAILABLE: SesFault = { status: 503, errorType: 'ServiceUnavailable', message: 'Service is unavailable.' };
export const PAUSED: SesFault = { status: 400, errorType: 'SendingPausedException', message: 'Sending is paused for this account.' };

export interface StoredMail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo: string[];
  readonly destination: { to: string[]; cc: string[]; bcc: string[] };
  readonly subject: string;
  readonly body: { html?: string; text?: string };
  readonly attachments: { content: string; contentType: string; filename: string; size: number }[];
  readonly at: number;
}

/** The mail the SES stand-in holds (`GET /store`) whose To or Cc contains `fragment`: other test files share the stand-in. */
export async function mailsTo(fragment: string): Promise<StoredMail[]> {
  const response = await fetch(`${inject('sesEndpoint')}/store`);
  const { emails } = (await response.json()) as { emails: StoredMail[] };
  return emails.filter((mail) => [...mail.destination.to, ...mail.destination.cc].some((address) => address.includes(fragment)));
}
