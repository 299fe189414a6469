import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { ApiPaths } from '../api/api-paths';
import { AppPaths, type SignInReason } from '../util/app-paths';
import { AuthService } from './auth.service';

/** Endpoints that establish or end the session: a 401 there is an answer, not an expired token. */
const SESSION_PATHS: readonly string[] = [ApiPaths.login, ApiPaths.refresh, ApiPaths.logout];

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the access token to API calls. On a 401 it refreshes the session once and retries the
 * call; if the refresh fails too, the person is sent to the sign-in page and comes back after.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url) || SESSION_PATHS.includes(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(withBearer(request, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return from(auth.refresh()).pipe(
        switchMap((token) => {
          if (!token) {
            const reason: SignInReason = 'expired';
            void router.navigate([AppPaths.signIn], { queryParams: { returnUrl: router.url, reason } });
            return throwError(() => error);
          }
          return next(withBearer(request, token));
        }),
      );
    }),
  );
};
