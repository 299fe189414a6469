import { RouteConfig } from '@nestjs/platform-fastify';
import { errorCodes } from 'fastify';
import type { Readable } from 'node:stream';

/** Route config key: the handler receives the request body as a stream instead of bytes. */
export const STREAMED_UPLOAD = 'streamedUpload';

/**
 * Marks a handler whose file upload (CSV, XLSX, raw bytes) is read as a stream: the body is
 * neither buffered nor held to the 1 MiB limit, so the handler can process a large file while
 * it arrives (and must enforce its own limit).
 */
export const StreamedUpload = (): MethodDecorator => RouteConfig({ [STREAMED_UPLOAD]: true });

/** Reads a whole body into memory up to `limit` bytes, with Fastify's own errors (413, 400). */
export function readBody(payload: Readable, limit: number, contentLength: string | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(contentLength);
    if (declared > limit) return reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        payload.off('data', onData);
        payload.resume();
        reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        return;
      }
      chunks.push(chunk);
    };
    payload.on('data', onData);
    payload.once('error', reject);
    payload.once('end', () => {
      if (!Number.isNaN(declared) && declared !== size) return reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
      resolve(Buffer.concat(chunks));
    });
  });
}
