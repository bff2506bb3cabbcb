import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_RULES, ROUTES, SCHEDULES, splitRouteKey, type EventRuleSpec } from './manifest.ts';

const root = resolve(import.meta.dirname, '..');
// Some handlers read their configuration when loaded; this test only inspects them.
process.env.TABLE_NAME ??= 'manifest-check';

describe('the manifest', () => {
  it.each(Object.entries(ROUTES))('%s names a handler built for that very route', async (key, spec) => {
    expect(existsSync(resolve(root, spec.handler))).toBe(true);
    const module = (await import(resolve(root, spec.handler))) as { handler: { route?: string } };
    expect(module.handler.route).toBe(key);
  });

  it('uses well-formed route keys under /api', () => {
    for (const key of Object.keys(ROUTES)) {
      const { method, path } = splitRouteKey(key);
      expect(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']).toContain(method);
      expect(path).toMatch(/^\/api(\/[a-z0-9.{}-]+)+$/i);
    }
  });

  it('points schedules and rules at existing files, schedules in Asia/Makassar', () => {
    const rules: Record<string, EventRuleSpec> = EVENT_RULES;
    for (const spec of [...Object.values(SCHEDULES), ...Object.values(rules)]) expect(existsSync(resolve(root, spec.handler))).toBe(true);
    for (const spec of Object.values(SCHEDULES)) expect(spec.timezone).toBe('Asia/Makassar');
  });
});
