import type { Routes } from '@angular/router';
import { permissionGuard, signedInGuard } from '@civics/web-core';

/** `/privacy/…`: my sessions, who used my data (with my export), and HR's person files. Mounted by the app. */
export const privacyRoutes: Routes = [
  {
    path: 'security',
    title: 'privacy.security.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./security/security-page').then((m) => m.SecurityPage),
  },
  {
    path: 'my-data',
    title: 'privacy.myData.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./my-data/my-data-page').then((m) => m.MyDataPage),
  },
  {
    path: 'person-file',
    title: 'privacy.file.title',
    canActivate: [permissionGuard('persons:read')],
    loadComponent: () => import('./person-file/person-file-page').then((m) => m.PersonFilePage),
  },
];
