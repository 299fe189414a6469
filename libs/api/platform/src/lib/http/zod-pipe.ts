import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationException } from './app-exception';
import { fieldErrorsOf } from './zod-errors';

/** Parses a request part with its contract schema; invalid input becomes a 400 with field errors. */
@Injectable()
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly where: 'body' | 'query' | 'params' = 'body',
  ) {}

  transform(value: unknown): z.infer<T> {
    // A request without a body reaches us as undefined; validate it as an empty object.
    const input = value === undefined && this.where === 'body' ? {} : value;
    const result = this.schema.safeParse(input);
    if (!result.success) throw new ValidationException(fieldErrorsOf(result.error, this.where));
    return result.data;
  }
}
