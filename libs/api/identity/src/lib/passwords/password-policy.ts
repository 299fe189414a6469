// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the apps compile this file without the library's own .d.ts files
/// <reference path="./txt.d.ts" />
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@civics/contracts';
import COMMON_PASSWORDS_TEXT from './common-passwords.txt';

let blocklist: Set<string> | null = null;

function commonPasswords(): Set<string> {
  blocklist ??= new Set(
    COMMON_PASSWORDS_TEXT.split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return blocklist;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username';

/**
 * NIST SP 800-63B memorised-secret rules: 12 to 128 characters (counted as Unicode code points),
 * no composition rules, refused when it is a known common password or the user name itself.
 */
export function passwordProblems(password: string, context: { username?: string; email?: string | null } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) problems.push('common');
  const names = [context.username, context.email?.split('@')[0]].filter((n): n is string => !!n && n.length >= 4);
  if (names.some((n) => lower === n.toLowerCase())) problems.push('contains_username');
  return problems;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: 'This password is too common; choose another.',
  contains_username: 'The password may not be the user name.',
};
