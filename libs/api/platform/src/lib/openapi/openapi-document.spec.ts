import { API_ROUTES, IdentityRoutes } from '@civics/contracts';
import { buildOpenApiDocument } from './openapi-document';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument(API_ROUTES, { version: '1.0.0', serverUrl: 'http://localhost:3000' }) as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { operationId: string; parameters: { name: string; in: string }[]; requestBody?: unknown; security?: unknown[] }>
    >;
  };

  it('is OpenAPI 3.1 with every contract route', () => {
    expect(doc.openapi).toBe('3.1.0');
    const count = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(count).toBe(API_ROUTES.length);
  });

  it('turns :params into path parameters and bodies into request bodies', () => {
    const op = doc.paths['/api/persons/{id}']['patch'];
    expect(op.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(op.requestBody).toBeDefined();
    expect(doc.paths[IdentityRoutes.listPersons.path]['get'].parameters.map((p) => p.name)).toContain('organisationId');
  });

  it('gives unique operation ids and marks public routes', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/auth/login']['post'].security).toEqual([]);
  });
});
