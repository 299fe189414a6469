import type { Routes } from '@angular/router';
import { permissionGuard } from '@civics/web-core';

/** `/analytics/…`: compliance dashboard, a person's figures, roster import and monthly reports. Mounted by the app. */
export const analyticsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'analytics.title.dashboard',
    canActivate: [permissionGuard('analytics:read')],
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'person/:id',
    title: 'analytics.title.person',
    canActivate: [permissionGuard('analytics:read')],
    loadComponent: () => import('./person/person-page').then((m) => m.PersonPage),
  },
  {
    path: 'roster',
    title: 'analytics.title.roster',
    canActivate: [permissionGuard('persons:manage')],
    loadComponent: () => import('./roster/roster-page').then((m) => m.RosterPage),
  },
  {
    path: 'reports',
    title: 'analytics.title.reports',
    canActivate: [permissionGuard('analytics:read')],
    loadComponent: () => import('./reports/reports-page').then((m) => m.ReportsPage),
  },
];
