import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Permission, Role } from '@civics/contracts';
import { AppPaths } from '../util/app-paths';
import { OfflineExamStore } from '../offline/offline-exam-store';
import { AuthService } from './auth.service';

/** Lets signed-in people through; others go to sign-in and return here afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(AuthService).isSignedIn() || inject(Router).createUrlTree([AppPaths.signIn], { queryParams: { returnUrl: state.url } });

/** The sign-in page makes no sense to someone already signed in. */
export const signedOutGuard: CanActivateFn = () => !inject(AuthService).isSignedIn() || inject(Router).createUrlTree([AppPaths.home]);

/** Lets through holders of any of `roles`; others go home (the navigation shows what they may open). */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthService);
    if (!auth.isSignedIn()) {
      return signedInGuard(route, state);
    }
    return auth.hasRole(...roles) || inject(Router).createUrlTree([AppPaths.home]);
  };
}

export function permissionGuard(permission: Permission): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthService);
    if (!auth.isSignedIn()) {
      return signedInGuard(route, state);
    }
    return auth.hasPermission(permission) || inject(Router).createUrlTree([AppPaths.home]);
  };
}

/**
 * The exam page: holders of `permission` as usual; and, when the server cannot be reached, the
 * exam this tab had open (cached for the account last signed in here), so a reload without a
 * connection does not end the exam. Every other page still asks to sign in.
 */
export function offlineExamGuard(permission: Permission): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthService);
    if (!auth.isSignedIn() && auth.unreachable() && inject(OfflineExamStore).load(route.paramMap.get('id'))) {
      return true;
    }
    return permissionGuard(permission)(route, state);
  };
}
