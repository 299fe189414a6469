import { applyDecorators, Body, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, SetMetadata } from '@nestjs/common';
import type { RouteDef } from '@civics/contracts';
import { ZodPipe } from './zod-pipe';

export const ROUTE_DEF = 'civics:route-def';

const METHOD = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/**
 * Binds a handler to its contract route: HTTP method, full path, success status and the
 * access rule the global guard enforces.
 */
export function Endpoint(def: RouteDef): MethodDecorator {
  return applyDecorators(METHOD[def.method](def.path), HttpCode(def.status ?? 200), SetMetadata(ROUTE_DEF, def));
}

/** The request body parsed with the route's contract schema. */
export const ValidBody = (def: RouteDef) => {
  if (!def.body) throw new Error(`${def.method} ${def.path} has no body schema`);
  return Body(new ZodPipe(def.body, 'body'));
};

export const ValidQuery = (def: RouteDef) => {
  if (!def.query) throw new Error(`${def.method} ${def.path} has no query schema`);
  return Query(new ZodPipe(def.query, 'query'));
};

export const ValidParams = (def: RouteDef) => {
  if (!def.params) throw new Error(`${def.method} ${def.path} has no params schema`);
  return Param(new ZodPipe(def.params, 'params'));
};
