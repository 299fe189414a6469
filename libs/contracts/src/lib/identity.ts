import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from './language';
import { RoleGrantSchema } from './roles';
import { PASSWORD_MAX_LENGTH } from './auth';

export const ORGANISATION_KINDS = ['agency', 'department', 'unit'] as const;

export const OrganisationSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: LocalizedTextSchema,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationCreateSchema = z.strictObject({
  parentId: z.uuid().nullable(),
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'upper-case letters, digits, - and _'),
  kind: z.enum(ORGANISATION_KINDS),
  name: LocalizedTextSchema,
});
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;

export const PersonSchema = z.object({
  id: z.uuid(),
  personalCode: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  preferredLanguage: LanguageSchema,
  organisationId: z.uuid(),
  positionCode: z.string(),
  positionTitle: z.string(),
  hiredOn: z.iso.date().nullable(),
  leftOn: z.iso.date().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonCreateSchema = z.strictObject({
  /** Personal identification code (FIN in Azerbaijan: 7 letters and digits). */
  personalCode: z
    .string()
    .trim()
    .min(5)
    .max(20)
    .regex(/^[A-Z0-9]+$/, 'upper-case letters and digits'),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(254).nullable().default(null),
  preferredLanguage: LanguageSchema.default('az'),
  organisationId: z.uuid(),
  positionCode: z.string().trim().min(1).max(40),
  positionTitle: z.string().trim().min(1).max(200),
  hiredOn: z.iso.date().nullable().default(null),
});
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = PersonCreateSchema.omit({
  personalCode: true,
})
  .partial()
  .extend({ leftOn: z.iso.date().nullable().optional() })
  .strict();
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const PersonListQuerySchema = z.strictObject({
  organisationId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const AccountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string().nullable(),
  personId: z.uuid().nullable(),
  roles: z.array(RoleGrantSchema),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountCreateSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, . _ -'),
  email: z.email().max(254).nullable().default(null),
  personId: z.uuid().nullable().default(null),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  roles: z.array(RoleGrantSchema).min(1).max(6),
});
export type AccountCreate = z.infer<typeof AccountCreateSchema>;
