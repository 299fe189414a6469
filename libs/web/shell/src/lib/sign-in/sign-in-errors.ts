import { HttpErrorResponse } from '@angular/common/http';
import { fieldNameOf, problemOf } from '@civics/web-core';

/** Fields of the sign-in form. */
export type SignInField = 'login' | 'password';

/**
 * What the sign-in page shows for a failed attempt: a translation key (or a server text) for
 * the whole form, and per-field texts. Codes the web knows are translated; others fall back to
 * the server's message, which is better than nothing.
 */
export interface SignInErrors {
  readonly general: { readonly key: string } | null;
  readonly fields: Partial<Record<SignInField, { readonly key: string } | { readonly text: string }>>;
}

const GENERAL_KEYS: Readonly<Record<string, string>> = {
  invalid_credentials: 'errors.invalidCredentials',
  too_many_attempts: 'errors.tooManyAttempts',
  account_disabled: 'errors.accountDisabled',
  totp_required: 'privacy.totp.required',
  totp_invalid: 'privacy.totp.invalid',
};

export function signInErrorsOf(error: unknown, knownKey: (key: string) => boolean): SignInErrors {
  const problem = problemOf(error);
  if (!problem) {
    const offline = error instanceof HttpErrorResponse && error.status === 0;
    return { general: { key: offline ? 'errors.network' : 'errors.unexpected' }, fields: {} };
  }
  const fields: SignInErrors['fields'] = {};
  for (const fieldError of problem.errors ?? []) {
    const name = fieldNameOf(fieldError);
    if ((name === 'login' || name === 'password') && !fields[name]) {
      const key = `errors.field.${fieldError.code}`;
      fields[name] = knownKey(key) ? { key } : { text: fieldError.message };
    }
  }
  const generalKey =
    GENERAL_KEYS[problem.code] ??
    (problem.status === 429 ? 'errors.tooManyAttempts' : problem.status === 400 ? 'errors.checkFields' : 'errors.unexpected');
  return { general: { key: generalKey }, fields };
}
