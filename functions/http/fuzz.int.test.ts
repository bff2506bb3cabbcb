import fc from 'fast-check';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../infra/local/system.ts';
import { startTestSystem } from '../../test/local-system.ts';
import { db } from '../../shared/data/client.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { ROUTES, splitRouteKey, type RouteKey } from '../../shared/manifest.ts';
import { call } from '../../test/http.ts';
import { people, seedMonthPeriod, seedOrg } from '../../test/org-fixture.ts';

/**
 * Hostile input, property-based: every route gets random and malformed bodies, path parameters and query
 * strings, from an employee and from an admin. Whatever arrives: never a 5xx, never a stack trace, and a
 * refused request (4xx) writes nothing: write commands are counted at the SDK client itself.
 */
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand']);
let writes = 0;
let system: LocalSystem;

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e2026-11-30', '😀😀', '../../etc/passwd', '<script>alert(1)</script>', '=HYPERLINK("x")', '%00', '1e309', '-1', '2026-02-31', '196503071995011001'),
);
const junkJson = fc.oneof(
  fc.constant('{'),
  fc.constant('[]'),
  fc.constant('null'),
  fc.constant('{"__proto__":{"admin":true}}'),
  fc.constant(`${'['.repeat(3000)}${']'.repeat(3000)}`),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ date: '2026-11-30', activity: value, version: value, periodId: value, rhk: value })),
);

beforeAll(async () => {
  system = await startTestSystem();
  await seedOrg();
  await seedMonthPeriod();
  db().middlewareStack.add(
    (next, context) => async (args) => {
      if (WRITES.has(String(context.commandName))) writes++;
      return next(args);
    },
    { step: 'initialize', name: 'countWrites' },
  );
});

afterAll(() => system?.stop());

it('counts writes at the client (so "writes nothing" below means something)', async () => {
  const { handler } = await import('./post-reports.ts');
  const { witaDateOf } = await import('../../shared/domain/time.ts');
  const before = writes;
  const response = await call(handler, { as: { nip: people.staff.nip }, body: { date: witaDateOf(new Date()), activity: 'Hitung penulisan' } });
  expect(response.status).toBe(201);
  expect(writes - before).toBe(1);
});

describe.each(Object.keys(ROUTES) as RouteKey[])('%s under hostile input', (route) => {
  it('never answers 5xx, never leaks internals, and writes nothing when it refuses', async () => {
    const { handler } = (await import(resolve(import.meta.dirname, '../..', ROUTES[route].handler))) as { handler: Parameters<typeof call>[0] };
    const names = [...splitRouteKey(route).path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          actor: fc.constantFrom<{ nip: string; roles?: Role[] }>({ nip: people.staff.nip }, { nip: people.admin.nip, roles: ['admin'] }),
          rawBody: fc.option(junkJson, { nil: undefined }),
          contentType: fc.constantFrom('application/json', 'text/csv', 'text/plain', ''),
          params: fc.tuple(...names.map(() => junkString)),
          query: fc.dictionary(fc.constantFrom('period', 'year', 'cursor', 'limit', 'x'), junkString, { maxKeys: 3 }),
        }),
        async ({ actor, rawBody, contentType, params, query }) => {
          const before = writes;
          const response = await call(handler, {
            as: actor,
            rawBody,
            headers: contentType ? { 'content-type': contentType } : {},
            params: Object.fromEntries(names.map((name, i) => [name, params[i]!])),
            query,
          });
          expect(response.status, response.text).toBeLessThan(500);
          expect(response.text).not.toMatch(/at .*\.ts:\d+|Exception|stack/);
          if (response.status >= 400) expect(writes - before, `${response.status} ${response.text}`).toBe(0);
        },
      ),
      { numRuns: 25, seed: 20261130 },
    );
  }, 120_000);
});
