import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPeriod } from '../../shared/data/period-repository.ts';
import { witaDateOf } from '../../shared/domain/time.ts';
import { EVENT_SOURCE } from '../../shared/manifest.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';
import { received } from '../../test/fixtures/recording-consumer.ts';
import { LocalEventBus, type DeadLetter } from './event-bus.ts';
import type { LocalSystem } from './system.ts';
import { startTestSystem } from '../../test/local-system.ts';

let system: LocalSystem;
const webDir = mkdtempSync(join(tmpdir(), 'ekinerja-web-'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>e-Kinerja</title>');

async function tokenFor(nip: string): Promise<string> {
  const response = await fetch(`${system.url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

beforeAll(async () => {
  await seedOrg();
  await seedMonthPeriod();
  system = await startTestSystem({ webDir, demoIdentities: () => [people.staff.nip, people.admin.nip] });
});

afterAll(() => system?.stop());

describe('the local API server', () => {
  it('answers health without a token and serves the form', async () => {
    const health = await fetch(`${system.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const page = await fetch(`${system.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${system.url}/../package.json`)).status).toBe(404);
  });

  it('refuses protected routes without a valid token, as the JWT authorizer does', async () => {
    expect((await fetch(`${system.url}/api/me`)).status).toBe(401);
    expect((await fetch(`${system.url}/api/me`, { headers: { authorization: 'Bearer not.a.jwt' } })).status).toBe(401);
    expect((await fetch(`${system.url}/api/nothing-here`)).status).toBe(404);
  });

  it('signs in a demo identity and serves their profile with claims where API Gateway puts them', async () => {
    const identities = (await (await fetch(`${system.url}/api/dev/identities`)).json()) as { items: { nip: string }[] };
    expect(identities.items.map((i) => i.nip)).toEqual([people.staff.nip, people.admin.nip]);

    const me = await fetch(`${system.url}/api/me`, { headers: { authorization: `Bearer ${await tokenFor(people.admin.nip)}` } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { profile: { nip: string }; roles: string[]; unit: { name: string }; openPeriod: { periodId: string } };
    expect(body.profile.nip).toBe(people.admin.nip);
    expect(body.roles).toEqual(['admin']);
    expect(body.openPeriod.periodId).toBe(witaDateOf(new Date()).slice(0, 7));
  });

  it('takes a report over HTTP and lists it', async () => {
    const authorization = `Bearer ${await tokenFor(people.staff.nip)}`;
    const posted = await fetch(`${system.url}/api/reports`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ date: witaDateOf(new Date()), activity: 'Input data sasaran imunisasi' }),
    });
    expect(posted.status).toBe(201);
    const { reportId, periodId } = (await posted.json()) as { reportId: string; periodId: string };
    const listed = await fetch(`${system.url}/api/reports?period=${periodId}`, { headers: { authorization } });
    expect(((await listed.json()) as { items: { reportId: string }[] }).items.map((r) => r.reportId)).toContain(reportId);
  });

  it('refuses a token request for someone not in the data', async () => {
    const response = await fetch(`${system.url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: '199912312025011999' }) });
    expect(response.status).toBe(404);
  });
});

describe('schedules', () => {
  it('runs the open-periods job with the schedule time as its clock', async () => {
    await system.runSchedule('open-periods', new Date('2031-03-01T00:10:00Z'));
    expect(await getPeriod('2031-03')).toMatchObject({ status: 'OPEN', startsOn: '2031-03-01' });
    expect(await getPeriod('2031')).toMatchObject({ kind: 'TAHUNAN' });
    expect(system.deadLetters).toEqual([]);
  });
});

describe('the local event bus', () => {
  const rules = { recorder: { handler: 'test/fixtures/recording-consumer.ts', detailTypes: ['Test'], table: 'NONE', summary: 'test' } } as const;

  it('delivers PutEvents from the real SDK to the consumers of matching rules', async () => {
    const client = new EventBridgeClient({ endpoint: process.env.EVENTBRIDGE_ENDPOINT, region: 'ap-southeast-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const before = received.length;
    const bus = new LocalEventBus(() => undefined, rules);
    const direct = bus.publish([{ source: EVENT_SOURCE, detailType: 'Test', detail: { label: 'direct' } }, { source: EVENT_SOURCE, detailType: 'Other', detail: {} }]);
    expect(direct).toHaveLength(2);
    await bus.idle();
    expect(received.slice(before)).toEqual([{ detailType: 'Test', detail: { label: 'direct' } }]);

    const result = await client.send(new PutEventsCommand({ Entries: [{ Source: EVENT_SOURCE, DetailType: 'Whatever', Detail: '{}', EventBusName: 'local' }] }));
    expect(result.FailedEntryCount).toBe(0);
    expect(result.Entries?.[0]?.EventId).toBeTruthy();
  });

  it('retries a failing consumer and then writes a dead letter', async () => {
    const letters: DeadLetter[] = [];
    const bus = new LocalEventBus((letter) => letters.push(letter), rules);
    const before = received.length;
    bus.publish([{ source: EVENT_SOURCE, detailType: 'Test', detail: { fail: true, label: 'doomed' } }]);
    await bus.idle();
    expect(received.length - before).toBe(4);
    expect(letters).toMatchObject([{ rule: 'recorder', attempts: 4, error: 'consumer refused doomed' }]);
  });
});
