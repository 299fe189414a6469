import { z } from 'zod';
import { ProblemSchema, type RouteDef } from '@civics/contracts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete out['$schema'];
  return out;
}

function operationId(def: RouteDef): string {
  const words = def.path
    .replace(/^\/api\//, '')
    .split(/[/-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `by-${w.slice(1)}` : w));
  return [def.method.toLowerCase(), ...words]
    .map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1)))
    .join('')
    .replace(/[^A-Za-z0-9]/g, '');
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s['required'] as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, p]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: p }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** OpenAPI 3.1 document generated from the contract route registry. */
export function buildOpenApiDocument(routes: readonly RouteDef[], info: { version: string; serverUrl: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const path = def.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const status = String(def.status ?? 200);
    const success: Record<string, unknown> = def.response
      ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(def.response, 'output') } } }
      : def.produces
        ? { description: 'Success', content: { [def.produces]: {} } }
        : { description: 'Success' };
    const responses: Record<string, unknown> = { [status]: success };
    if (def.body || def.query || def.params) responses['400'] = problemResponse('Invalid input; `errors` names each field');
    if (def.access !== 'public') {
      responses['401'] = problemResponse('Not signed in');
      responses['403'] = problemResponse('Signed in, but not allowed');
    }
    if (def.params) responses['404'] = problemResponse('Not found, or outside the caller’s scope');
    if (!responses['400'] && !responses['401']) responses['default'] = problemResponse('Error');
    paths[path] ??= {};
    paths[path][def.method.toLowerCase()] = {
      operationId: operationId(def),
      summary: def.summary,
      tags: [def.tag],
      ...(def.access === 'public' ? { security: [] } : { description: `Requires: ${def.access}` }),
      parameters: [...parameters(def.params, 'path'), ...parameters(def.query, 'query')],
      ...(def.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(def.body, 'input') } } } } : {}),
      responses,
    };
  }
  const tags = [...new Set(routes.map((r) => r.tag))].sort().map((name) => ({ name, description: `${name} operations` }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civil Service ICT Competency Platform API',
      version: info.version,
      description: 'Measures and develops the ICT and e-government competencies of civil servants. Errors are RFC 9457 problem+json.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: info.serverUrl }],
    tags,
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(ProblemSchema, 'output') },
    },
  };
}
