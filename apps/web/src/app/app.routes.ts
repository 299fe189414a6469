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
      {
        path: '**',
        title: 'title.notFound',
        loadComponent: () => import('@civics/web-shell').then((m) => m.NotFoundPage),
      },
    ],
  },
];
