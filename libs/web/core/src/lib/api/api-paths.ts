import type { AuthRoutes, IdentityRoutes, Language, MeRoutes, Role } from '@civics/contracts';

/*
 * Values the eagerly loaded web code needs from @civics/contracts, restated here and checked
 * against the contracts by the compiler. A value import from the contracts would pull zod and
 * every schema into the first download (≈ 500 kB); type imports cost nothing at run time.
 * If a contract changes, this file stops compiling.
 */

type PathOf<R extends { readonly path: string }> = R['path'];

/** API paths called by the web shell. */
export const ApiPaths = {
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  oidcStatus: '/api/auth/oidc',
  oidcStart: '/api/auth/oidc/start',
  me: '/api/me',
  organisations: '/api/organisations',
} as const satisfies {
  login: PathOf<typeof AuthRoutes.login>;
  refresh: PathOf<typeof AuthRoutes.refresh>;
  logout: PathOf<typeof AuthRoutes.logout>;
  oidcStatus: PathOf<typeof AuthRoutes.oidcStatus>;
  oidcStart: PathOf<typeof AuthRoutes.oidcStart>;
  me: PathOf<typeof MeRoutes.me>;
  organisations: PathOf<typeof IdentityRoutes.listOrganisations>;
};

/** Fails to compile unless the tuple lists every member of the union. */
type Covers<Tuple extends readonly unknown[], Union> = [Union] extends [Tuple[number]] ? Tuple : never;

/** The platform languages in display order, Azerbaijani first (contracts: LANGUAGES). */
export const WEB_LANGUAGES = ['az', 'ru', 'en'] as const satisfies readonly Language[];
export const WEB_DEFAULT_LANGUAGE: Language = 'az';

/** Every role (contracts: ROLES). */
export const WEB_ROLES = [
  'civil_servant',
  'hr_officer',
  'commission_member',
  'training_provider',
  'methodologist',
  'administrator',
] as const satisfies readonly Role[];

// Compile-time completeness checks: adding a language or role to the contracts breaks the build here.
const _allLanguages: Covers<typeof WEB_LANGUAGES, Language> = WEB_LANGUAGES;
const _allRoles: Covers<typeof WEB_ROLES, Role> = WEB_ROLES;
