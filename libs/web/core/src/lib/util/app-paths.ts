/** Paths of the shell that core code (guards, interceptor) needs to send people to. */
export const AppPaths = {
  signIn: '/sign-in',
  home: '/home',
} as const;

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
