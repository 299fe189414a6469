import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { FileReply } from './report/reports.service';

/** A file download: its content type, a safe attachment name, the bytes or a stream. */
export function sendFile(reply: FastifyReply, file: FileReply): StreamableFile {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'no-store');
  return Buffer.isBuffer(file.body) ? new StreamableFile(file.body) : new StreamableFile(file.body);
}
