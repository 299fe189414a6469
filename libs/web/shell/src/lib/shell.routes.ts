import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { AppPaths, AuthService, ROLE_SECTIONS, WEB_ROLES, roleGuard, signedInGuard, signedOutGuard } from '@civics/web-core';

/**
 * The shell's pages, mounted by the app inside `ShellLayout`. Route `title`s are translation
 * keys (see TranslatedTitleStrategy); the role pages get their role from `data` as an input.
 */
export const shellRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    redirectTo: () => (inject(AuthService).isSignedIn() ? AppPaths.home : AppPaths.signIn),
  },
  {
    path: 'sign-in',
    title: 'title.signIn',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'home',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        title: 'title.home',
        loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
      },
      ...WEB_ROLES.map((role) => ({
        path: ROLE_SECTIONS[role].slug,
        title: `roles.${role}`,
        canActivate: [roleGuard(role)],
        data: { role },
        loadComponent: () => import('./home/role-home-page').then((m) => m.RoleHomePage),
      })),
    ],
  },
];
