import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SpaFallback } from '../http/problem.filter';

/** Client-side routes of the Angular app get its index.html; API paths keep their 404. */
export class IndexHtmlFallback implements SpaFallback {
  private readonly html: string | null;

  constructor(webRoot: string) {
    const file = join(webRoot, 'index.html');
    this.html = existsSync(file) ? readFileSync(file, 'utf8') : null;
  }

  get available(): boolean {
    return this.html !== null;
  }

  handles(req: FastifyRequest): boolean {
    if (!this.html || req.method !== 'GET') return false;
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/.well-known/')) return false;
    return !/\.[a-z0-9]{2,5}$/i.test(path);
  }

  send(reply: FastifyReply): void {
    void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(this.html);
  }
}
