import { HttpErrorResponse } from '@angular/common/http';
import { signInErrorsOf } from './sign-in-errors';

const problem = (status: number, body: object) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 't', status, ...body } });
const known = (key: string) => key === 'errors.field.too_small';

describe('signInErrorsOf', () => {
  it('explains wrong credentials and throttling for the whole form', () => {
    expect(signInErrorsOf(problem(401, { code: 'invalid_credentials' }), known)).toEqual({
      general: { key: 'errors.invalidCredentials' },
      fields: {},
    });
    expect(signInErrorsOf(problem(429, { code: 'too_many_attempts' }), known).general).toEqual({
      key: 'errors.tooManyAttempts',
    });
  });

  it('puts field errors under their fields: translated when the code is known, else the server text', () => {
    const errors = signInErrorsOf(
      problem(400, {
        code: 'validation_failed',
        errors: [
          { field: '/login', message: 'Too small', code: 'too_small' },
          { field: 'password', message: 'Odd password', code: 'custom' },
        ],
      }),
      known,
    );
    expect(errors).toEqual({
      general: { key: 'errors.checkFields' },
      fields: { login: { key: 'errors.field.too_small' }, password: { text: 'Odd password' } },
    });
  });

  it('tells a lost connection apart from a server failure', () => {
    expect(signInErrorsOf(new HttpErrorResponse({ status: 0 }), known).general).toEqual({ key: 'errors.network' });
    expect(signInErrorsOf(new HttpErrorResponse({ status: 502, error: '<html>' }), known).general).toEqual({
      key: 'errors.unexpected',
    });
  });
});
