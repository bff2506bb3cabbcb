import { BadRequestException, MessageRejected, SendingPausedException, SESv2ServiceException, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { Pacer, classifySendError, describeError, releaseDelayMs, sendBackoffMs } from './delivery.ts';

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode }, message: 'x' });

describe('classifySendError', () => {
  it('retries throttling, which proves nothing was sent', () => {
    expect(classifySendError(new TooManyRequestsException(meta(429)))).toBe('THROTTLED');
    expect(classifySendError(Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } }))).toBe('THROTTLED');
  });

  it('fails a rejected or malformed message for good', () => {
    expect(classifySendError(new MessageRejected(meta(400)))).toBe('PERMANENT');
    expect(classifySendError(new BadRequestException(meta(400)))).toBe('PERMANENT');
  });

  it('retries a 5xx answer and a connection that never opened', () => {
    expect(classifySendError(new SESv2ServiceException({ name: 'InternalFailure', $fault: 'server', $metadata: { httpStatusCode: 500 } }))).toBe('TRANSIENT');
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('TRANSIENT');
    const neverConnected = '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5000 ms.';
    expect(classifySendError(Object.assign(new Error(neverConnected), { name: 'TimeoutError' }))).toBe('TRANSIENT');
  });

  it('stops the drain when the sender, not the message, is the problem', () => {
    expect(classifySendError(new SendingPausedException(meta(400)))).toBe('SENDER_BLOCKED');
    expect(classifySendError(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }))).toBe('SENDER_BLOCKED');
  });

  it('does not retry an error without an answer: SES may have sent it', () => {
    const requestTimeout = '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 15000 ms requestTimeout.';
    expect(classifySendError(Object.assign(new Error(requestTimeout), { name: 'TimeoutError', code: 'ETIMEDOUT' }))).toBe('UNCERTAIN');
    expect(classifySendError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe('UNCERTAIN');
    expect(classifySendError('something odd')).toBe('UNCERTAIN');
  });

  it('describes an error by name and message, never its stack, and bounded', () => {
    expect(describeError(new MessageRejected({ ...meta(400), message: 'Email address is not verified.' }))).toBe('MessageRejected: Email address is not verified.');
    expect(describeError(new Error('x'.repeat(1000))).length).toBe(500);
  });
});

describe('backoff', () => {
  it('doubles from 200 ms with jitter between half and all of it, capped at 5 s', () => {
    expect(sendBackoffMs(1, 0)).toBe(100);
    expect(sendBackoffMs(1, 1)).toBe(200);
    expect(sendBackoffMs(3, 1)).toBe(800);
    expect(sendBackoffMs(10, 1)).toBe(5000);
  });

  it('waits 1, 2, 4 … minutes between drains, capped at 30', () => {
    expect([1, 2, 3, 6, 9].map(releaseDelayMs)).toEqual([60_000, 120_000, 240_000, 1_800_000, 1_800_000]);
  });
});

describe('Pacer', () => {
  it('hands out slots 1/rate apart, so concurrent senders together keep the rate', async () => {
    let now = 1_000;
    const slots: number[] = [];
    const pacer = new Pacer(14, () => now, async (ms) => void slots.push(now + ms));
    await Promise.all(Array.from({ length: 4 }, () => pacer.take()));
    expect(slots.map((s) => Math.round(s - 1_000))).toEqual([71, 143, 214]);
  });

  it('lets a sender that fell behind catch up on at most one second of missed slots', async () => {
    let now = 0;
    let sleeps = 0;
    const pacer = new Pacer(10, () => now, async () => void sleeps++);
    await pacer.take();
    now = 5_000;
    for (let i = 0; i < 11; i++) await pacer.take();
    expect(sleeps).toBe(0);
    await pacer.take();
    expect(sleeps).toBe(1);
  });

  it('sends 50 per second at rate 50: the 51st slot starts a second after the first', async () => {
    let now = 0;
    let last = 0;
    const pacer = new Pacer(50, () => now, async (ms) => void (last = now + ms));
    for (let i = 0; i < 51; i++) await pacer.take();
    expect(last).toBeCloseTo(1_000, 6);
  });
});
