import { z } from 'zod';

export const AuditVerificationSchema = z.object({
  valid: z.boolean(),
  checked: z.number().int(),
  /** Sequence number of the first event whose link is broken, when invalid. */
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
