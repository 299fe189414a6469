import type { Routes } from '@angular/router';
import { permissionGuard } from '@civics/web-core';

/** `/training/…`: catalogue, plans, provider courses, approval, effectiveness and the library. Mounted by the app. */
export const trainingRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'catalogue' },
  {
    path: 'catalogue',
    title: 'training.title.catalogue',
    loadComponent: () => import('./pages/catalogue-page').then((m) => m.CataloguePage),
  },
  {
    path: 'catalogue/:id',
    title: 'training.title.course',
    loadComponent: () => import('./pages/course-page').then((m) => m.CoursePage),
  },
  {
    path: 'library',
    title: 'training.title.library',
    loadComponent: () => import('./pages/library-page').then((m) => m.LibraryPage),
  },
  {
    path: 'plan',
    title: 'training.title.plan',
    canActivate: [permissionGuard('training:enrol')],
    loadComponent: () => import('./pages/plan-page').then((m) => m.PlanPage),
  },
  {
    path: 'people',
    title: 'training.title.people',
    canActivate: [permissionGuard('plans:manage')],
    loadComponent: () => import('./pages/people-page').then((m) => m.PeoplePage),
  },
  {
    path: 'people/:personId',
    title: 'training.title.personPlan',
    canActivate: [permissionGuard('plans:manage')],
    loadComponent: () => import('./pages/plan-page').then((m) => m.PlanPage),
  },
  {
    path: 'courses',
    title: 'training.title.courses',
    canActivate: [permissionGuard('courses:manage')],
    loadComponent: () => import('./pages/provider-courses-page').then((m) => m.ProviderCoursesPage),
  },
  {
    path: 'review',
    title: 'training.title.review',
    canActivate: [permissionGuard('courses:approve')],
    loadComponent: () => import('./pages/review-page').then((m) => m.ReviewPage),
  },
  {
    path: 'effectiveness',
    title: 'training.title.effectiveness',
    canActivate: [permissionGuard('effectiveness:read')],
    loadComponent: () => import('./pages/effectiveness-page').then((m) => m.EffectivenessPage),
  },
];
