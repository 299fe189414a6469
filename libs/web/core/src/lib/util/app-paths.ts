/** Paths of the shell that core code (guards, interceptor) needs to send people to. */
export const AppPaths = {
  signIn: '/sign-in',
  home: '/home',
} as const;

/**
 * Why the sign-in page was opened, as its `reason` query parameter (it explains it): the session
 * ended, or it ended during an exam whose unsent answers wait on this device.
 */
export const SIGN_IN_REASONS = ['expired', 'exam'] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

/** A return URL taken from the query string is followed only when it stays inside the app. */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return AppPaths.home;
  }
  if (candidate === AppPaths.signIn || candidate.startsWith(`${AppPaths.signIn}?`)) {
    return AppPaths.home;
  }
  return candidate;
}
