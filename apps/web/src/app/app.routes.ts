import type { Route } from '@angular/router';

/**
 * Every page renders inside the shell layout (toolbar, navigation, main region). Features add
 * their lazy routes as children here, before the catch-all, and their navigation entries to
 * NAV_ITEMS in @civics/web-core.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('@civics/web-shell').then((m) => m.ShellLayout),
    children: [
      { path: '', loadChildren: () => import('@civics/web-shell').then((m) => m.shellRoutes) },
      { path: 'framework', loadChildren: () => import('@civics/web-methodology').then((m) => m.frameworkRoutes) },
      { path: 'methodology', loadChildren: () => import('@civics/web-methodology').then((m) => m.methodologyRoutes) },
      { path: 'items', loadChildren: () => import('@civics/web-item-bank').then((m) => m.itemBankRoutes) },
      { path: 'tests', loadChildren: () => import('@civics/web-assessment').then((m) => m.testsRoutes) },
      { path: 'profile', loadChildren: () => import('@civics/web-assessment').then((m) => m.profileRoutes) },
      { path: 'training', loadChildren: () => import('@civics/web-training').then((m) => m.trainingRoutes) },
      { path: 'attestation', loadChildren: () => import('@civics/web-attestation').then((m) => m.attestationRoutes) },
      { path: 'verify', loadChildren: () => import('@civics/web-attestation').then((m) => m.verifyRoutes) },
      { path: 'analytics', loadChildren: () => import('@civics/web-analytics').then((m) => m.analyticsRoutes) },
      { path: 'privacy', loadChildren: () => import('@civics/web-privacy').then((m) => m.privacyRoutes) },
      {
        path: '**',
        title: 'title.notFound',
        loadComponent: () => import('@civics/web-shell').then((m) => m.NotFoundPage),
      },
    ],
  },
];
