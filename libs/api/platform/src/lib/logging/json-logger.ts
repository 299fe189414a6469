import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as Pino } from 'pino';

let stdout: ReturnType<typeof pino.destination> | null = null;

/** One buffered, asynchronous stdout for the process: two log lines per request must not block the event loop. */
function destination(): ReturnType<typeof pino.destination> {
  if (!stdout) {
    const d = pino.destination({ sync: false, minLength: 4096 });
    process.once('exit', () => {
      try {
        d.flushSync();
      } catch {
        /* not open yet: nothing buffered */
      }
    });
    stdout = d;
  }
  return stdout;
}

export function createPino(level: string, instance: string | null = null): Pino {
  return pino(
    {
      level,
      base: instance ? { service: 'civics-api', instance } : { service: 'civics-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.newPassword',
          '*.currentPassword',
        ],
        censor: '[redacted]',
      },
    },
    destination(),
  );
}

/** Nest's logger interface over pino: one JSON line per event. */
export class JsonLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    // Nest passes (message, context) when there is no stack.
    if (context === undefined && trace !== undefined && !trace.includes('\n')) this.write('error', message, trace);
    else this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, context?: string, trace?: string): void {
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      this.pino[level]({ context, ...(message as object) }, trace ?? '');
    } else {
      this.pino[level]({ context, ...(trace ? { trace } : {}) }, String(message instanceof Error ? message.stack : message));
    }
  }
}
