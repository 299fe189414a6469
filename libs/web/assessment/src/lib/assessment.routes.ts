import type { Routes } from '@angular/router';
import { offlineExamGuard, permissionGuard, signedInGuard } from '@civics/web-core';

const TAKE = 'assessment:take' as const;

/** `/tests/…`: the tests a civil servant may take, the exam, and results. Mounted by the app. */
export const testsRoutes: Routes = [
  {
    // The exam opens from this tab's cached copy when a reload finds no connection.
    path: 'attempts/:id',
    canActivate: [offlineExamGuard(TAKE)],
    title: 'exam.title.exam',
    loadComponent: () => import('./exam/exam-page').then((m) => m.ExamPage),
  },
  {
    path: '',
    canActivate: [permissionGuard(TAKE)],
    children: [
      { path: '', title: 'exam.title.tests', loadComponent: () => import('./tests/tests-page').then((m) => m.TestsPage) },
      {
        path: 'attempts/:id/result',
        title: 'exam.title.result',
        loadComponent: () => import('./result/result-page').then((m) => m.ResultPage),
      },
    ],
  },
];

/** `/profile`: my competency profile. */
export const profileRoutes: Routes = [
  {
    path: '',
    canActivate: [signedInGuard],
    title: 'profile.title',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
];
