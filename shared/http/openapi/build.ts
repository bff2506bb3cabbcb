import * as z from 'zod/mini';
import { ROUTES, splitRouteKey, type RouteKey, type RouteSpec } from '../../manifest.ts';

export interface RouteSchemas {
  readonly body?: z.core.$ZodType;
  readonly query?: z.core.$ZodType;
  readonly params?: z.core.$ZodType;
  readonly upload?: { readonly mediaType: string; readonly maxBytes: number };
}

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } },
};

function jsonSchema(schema: z.core.$ZodType) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.core.$ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: where, required: where === 'path' || required.includes(name), schema: property }));
}

/** The OpenAPI 3.1 document of the API, from the manifest and each handler's own zod schemas. */
export function buildOpenApi(schemasOf: (route: RouteKey) => RouteSchemas) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, spec] of Object.entries(ROUTES) as [RouteKey, RouteSpec][]) {
    const { method, path } = splitRouteKey(key);
    const schemas = schemasOf(key);
    const body = schemas.body
      ? { content: { 'application/json': { schema: jsonSchema(schemas.body) } }, required: true }
      : schemas.upload
        ? { content: { [schemas.upload.mediaType]: { schema: { type: 'string' } } }, required: true }
        : undefined;
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      summary: spec.summary,
      operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/_$/, ''),
      ...(spec.access === 'public' ? { security: [] } : {}),
      'x-access': spec.access,
      parameters: [...parameters(schemas.params, 'path'), ...parameters(schemas.query, 'query')],
      ...(body ? { requestBody: body } : {}),
      responses: {
        '200': { description: 'OK' },
        default: { description: 'Error, with a message a person can act on (Indonesian)', content: { 'application/json': { schema: ERROR } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'e-Kinerja Kendari API', version: '1' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (Cognito ID token)' } } },
    security: [{ cognito: [] }],
    paths,
  };
}
