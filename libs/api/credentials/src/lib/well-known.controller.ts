import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Jwks, WellKnownRoutes } from '@civics/contracts';
import { Endpoint } from '@civics/api-platform';
import { SigningKeys } from './signing-keys';

/** `/.well-known/jwks.json`: the public keys that sign credentials (current and retired). */
@Controller()
export class WellKnownController {
  constructor(private readonly keys: SigningKeys) {}

  @Endpoint(WellKnownRoutes.jwks)
  jwks(@Res({ passthrough: true }) reply: FastifyReply): Jwks {
    void reply.header('content-type', 'application/jwk-set+json').header('cache-control', 'public, max-age=300');
    return this.keys.jwks();
  }
}
