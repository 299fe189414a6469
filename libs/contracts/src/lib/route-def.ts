import type { z } from 'zod';
import type { Permission } from './permissions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route as both sides know it: the API binds its handler to it, the OpenAPI
 * document is generated from it, and the authorization matrix test enumerates it.
 */
export interface RouteDef {
  readonly method: HttpMethod;
  /** Full path with `:param` placeholders, e.g. `/api/persons/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** `public`: no sign-in; `authenticated`: any signed-in account; otherwise a permission key. */
  readonly access: 'public' | 'authenticated' | Permission;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: z.ZodType;
  /** Success status; 200 unless given. */
  readonly status?: number;
  /** Content type of a non-JSON success response (a file, a redirect). */
  readonly produces?: string;
}

export function route<const R extends RouteDef>(def: R): R {
  return def;
}
