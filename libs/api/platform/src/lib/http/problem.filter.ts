import { type ArgumentsHost, Catch, type ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@civics/contracts';
import { mapToProblem } from './problem-mapper';

/** Serves the web app's index.html for client-side routes (GET outside /api). */
export interface SpaFallback {
  handles(req: FastifyRequest): boolean;
  send(reply: FastifyReply): Promise<void> | void;
}

/** The single global exception filter: every error leaves as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly spa: SpaFallback | null = null) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (error instanceof NotFoundException && this.spa?.handles(req)) {
      void this.spa.send(reply);
      return;
    }
    sendProblem(error, req, reply, this.logger);
  }
}

export function sendProblem(error: unknown, req: FastifyRequest, reply: FastifyReply, logger: Pick<Logger, 'error'>): void {
  const mapped = mapToProblem(error, String(req.id), req.url.split('?')[0]);
  if (mapped.unexpected) logger.error({ err: error, requestId: req.id }, (error as Error)?.stack ?? String(error));
  void reply.status(mapped.body.status).headers(mapped.headers).header('content-type', PROBLEM_CONTENT_TYPE).send(mapped.body);
}
