import type { Routes } from '@angular/router';
import { permissionGuard } from '@civics/web-core';
import { METHODOLOGY_MANAGE } from './data/methodology-paths';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';

/** `/framework`: the current framework, public. Mounted by the app. */
export const frameworkRoutes: Routes = [
  {
    path: '',
    title: 'methodology.title.framework',
    loadComponent: () => import('./framework/framework-page').then((m) => m.FrameworkPage),
  },
];

/**
 * `/methodology/…`: the versions, for accounts that may read drafts (methodologists, and
 * administrators read-only); editing needs `methodology:manage`.
 */
export const methodologyRoutes: Routes = [
  {
    path: '',
    canActivate: [permissionGuard('methodology:read-drafts')],
    children: [
      {
        path: '',
        title: 'methodology.title.versions',
        loadComponent: () => import('./versions/versions-page').then((m) => m.VersionsPage),
      },
      {
        path: 'diff',
        title: 'methodology.title.diff',
        loadComponent: () => import('./diff/diff-page').then((m) => m.DiffPage),
      },
      {
        path: 'import',
        title: 'methodology.title.import',
        canActivate: [permissionGuard(METHODOLOGY_MANAGE)],
        loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
      },
      {
        path: ':id',
        title: 'methodology.title.version',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./editor/editor-page').then((m) => m.EditorPage),
      },
    ],
  },
];
