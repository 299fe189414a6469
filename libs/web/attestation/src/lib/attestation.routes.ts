import type { Routes } from '@angular/router';
import { permissionGuard, signedInGuard } from '@civics/web-core';

/** `/attestation/…`: HR's calendar and scheduling, the commission's sessions, the candidate's page, certificates, mail. Mounted by the app. */
export const attestationRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'my' },
  {
    path: 'my',
    title: 'attestation.title.my',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/my-attestation-page').then((m) => m.MyAttestationPage),
  },
  {
    path: 'sessions',
    title: 'attestation.title.sessions',
    canActivate: [permissionGuard('attestation:manage')],
    loadComponent: () => import('./pages/sessions-page').then((m) => m.SessionsPage),
  },
  {
    path: 'sessions/new',
    title: 'attestation.title.schedule',
    canActivate: [permissionGuard('attestation:manage')],
    loadComponent: () => import('./pages/schedule-page').then((m) => m.SchedulePage),
  },
  {
    path: 'sessions/:id',
    title: 'attestation.title.session',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/session-page').then((m) => m.SessionPage),
  },
  {
    path: 'commission',
    title: 'attestation.title.commission',
    canActivate: [permissionGuard('attestation:vote')],
    loadComponent: () => import('./pages/commission-page').then((m) => m.CommissionPage),
  },
  {
    path: 'certificates',
    title: 'attestation.title.certificates',
    canActivate: [permissionGuard('attestation:manage')],
    loadComponent: () => import('./pages/certificates-page').then((m) => m.CertificatesPage),
  },
  {
    path: 'mail',
    title: 'attestation.title.mail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/mail-page').then((m) => m.MailPage),
  },
];

/** `/verify` and `/verify/:serial`: public certificate verification (no sign-in). */
export const verifyRoutes: Routes = [
  { path: '', title: 'attestation.title.verify', loadComponent: () => import('./pages/verify-page').then((m) => m.VerifyPage) },
  { path: ':serial', title: 'attestation.title.verify', loadComponent: () => import('./pages/verify-page').then((m) => m.VerifyPage) },
];
