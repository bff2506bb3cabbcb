/**
 * `npm run openapi`: regenerates shared/http/openapi/openapi.json from the manifest and the handlers' zod schemas.
 * A unit test fails when the committed document is stale, so it cannot drift from the code.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUTES, type RouteKey } from '../shared/manifest.ts';
import { buildOpenApi, type RouteSchemas } from '../shared/http/openapi/build.ts';

export const OPENAPI_FILE = resolve(import.meta.dirname, '../shared/http/openapi/openapi.json');

export async function generateOpenApi(): Promise<string> {
  // Some handlers read their configuration when loaded; describing them needs no real table.
  process.env.TABLE_NAME ??= 'openapi-description-only';
  const schemas = new Map<RouteKey, RouteSchemas>();
  for (const [key, spec] of Object.entries(ROUTES) as [RouteKey, { handler: string }][]) {
    const module = (await import(resolve(import.meta.dirname, '..', spec.handler))) as { handler: { schemas?: RouteSchemas } };
    schemas.set(key, module.handler.schemas ?? {});
  }
  return `${JSON.stringify(buildOpenApi((key) => schemas.get(key) ?? {}), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(OPENAPI_FILE, await generateOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
