import { z } from 'zod';

export const IdParamSchema = z.strictObject({ id: z.uuid() });
export type IdParam = z.infer<typeof IdParamSchema>;

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
