import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OpenApiDocument } from '../openapi/openapi-document.provider';
import { securityHeaders } from './security-headers';
import { SigningSecret } from '../secrets/signing-secret';
import { webCacheControl } from '../web/web-cache-control';
import { readBody, STREAMED_UPLOAD } from './streamed-upload';
import { STREAMED_UPLOAD_MAX_BYTES, UnsupportedUploadException, UploadTooLargeException, unsupportedUploadKind } from './upload-sniff';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const ROUTES: { method: string; path: string }[] = [];

/** Every route the HTTP server registered in this process (for the route-table consistency test). */
export function registeredRoutes(): readonly { method: string; path: string }[] {
  return ROUTES;
}

/** Options for the Fastify adapter: body limit, proxy trust and request ids. */
export function fastifyOptions(config: AppConfig) {
  return {
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  };
}

/** Security headers, cookies, static web files, API docs and the problem+json error handler. */
export async function configureHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const logger = new Logger('http');

  fastify.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') ROUTES.push({ method: String(method), path: r.url });
  });
  // One synchronous hook per request: the request id and the security headers, computed once.
  // With INSTANCE_NAME, X-Instance names the replica that answered (who served what behind a proxy).
  const security = { ...(await securityHeaders()), ...(config.instanceName ? { 'x-instance': config.instanceName } : {}) };
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.headers(security).header('x-request-id', req.id);
    done();
  });
  // Uploaded files (CSV, XLSX, raw bytes) reach handlers as bytes (at most BODY_LIMIT_BYTES), or as
  // the stream itself for handlers marked @StreamedUpload(); their content decides the format.
  fastify.addContentTypeParser(
    ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    (req, payload, done) => {
      if ((req.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[STREAMED_UPLOAD]) {
        // A declared length over the limit is refused before a byte is read; the handler enforces it while streaming.
        if (Number(req.headers['content-length']) > STREAMED_UPLOAD_MAX_BYTES)
          return done(new UploadTooLargeException(STREAMED_UPLOAD_MAX_BYTES), undefined);
        return done(null, payload);
      }
      readBody(payload, BODY_LIMIT_BYTES, req.headers['content-length']).then(
        (body) => {
          // The content decides what a file is, not its name or declared type.
          const kind = unsupportedUploadKind(body);
          done(kind ? new UnsupportedUploadException(kind) : null, kind ? undefined : body);
        },
        (err: Error) => done(err, undefined),
      );
    },
  );

  await app.register((await import('@fastify/cookie')).default, { secret: app.get(SigningSecret).value });

  const document = app.get(OpenApiDocument).document;
  await app.register((await import('@fastify/swagger')).default, { mode: 'static', specification: { document: document as never } });
  await app.register((await import('@fastify/swagger-ui')).default, { routePrefix: '/api/docs' });

  if (existsSync(config.webRoot)) {
    await app.register((await import('@fastify/static')).default, {
      root: config.webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each file (tools/web/postbuild.mjs): served as the
      // browser accepts them, with no compression work per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', webCacheControl(path)),
    });
  } else {
    logger.warn(`Web app not found at ${config.webRoot}; serving the API only`);
  }
}
