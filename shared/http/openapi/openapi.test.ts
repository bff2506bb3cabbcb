import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_FILE } from '../../../scripts/openapi.ts';
import { ROUTES } from '../../manifest.ts';

let generated: string;

// Generating loads every handler module, which takes a few seconds on a busy machine.
beforeAll(async () => {
  generated = await generateOpenApi();
}, 120_000);

describe('the OpenAPI document', () => {
  it('is current: regenerate with `npm run openapi` after changing a route or schema', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(generated);
  });

  it('describes every route, with the report body from its zod schema', () => {
    const document = JSON.parse(generated) as { paths: Record<string, Record<string, any>> };
    const operations = Object.values(document.paths).flatMap((methods) => Object.keys(methods));
    expect(operations).toHaveLength(Object.keys(ROUTES).length);
    const report = document.paths['/api/reports']!.post.requestBody.content['application/json'].schema;
    expect(report.required).toEqual(['date', 'activity']);
    expect(report.additionalProperties).toBe(false);
  });
});
