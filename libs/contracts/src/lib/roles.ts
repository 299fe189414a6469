import { z } from 'zod';

export const ROLES = ['civil_servant', 'hr_officer', 'commission_member', 'training_provider', 'methodologist', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** Roles whose grant is limited to a scope (DESIGN.md §3). */
export const SCOPED_ROLES: Readonly<Record<Role, 'organisation' | 'provider' | null>> = {
  civil_servant: null,
  hr_officer: 'organisation',
  commission_member: null,
  training_provider: 'provider',
  methodologist: null,
  administrator: null,
};

export const RoleGrantSchema = z.strictObject({
  role: RoleSchema,
  /** HR officer: root of the organisation subtree they manage. */
  scopeOrganisationId: z.uuid().nullable().default(null),
  /** Training provider: the institution they act for. */
  scopeProviderId: z.uuid().nullable().default(null),
});
export type RoleGrant = z.infer<typeof RoleGrantSchema>;
