import type { Routes } from '@angular/router';
import { permissionGuard } from '@civics/web-core';
import { ITEMS_MANAGE, ITEMS_READ } from './data/item-paths';
import { unsavedChangesGuard } from './editor/unsaved-guard';

/**
 * `/items/…`: the item bank. Methodologists (`items:manage`) author and review; administrators
 * (`items:read`) see the same pages read-only. Mounted by the app.
 */
export const itemBankRoutes: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(ITEMS_READ)],
    children: [
      {
        path: '',
        title: 'items.title.list',
        loadComponent: () => import('./list/items-page').then((m) => m.ItemsPage),
      },
      {
        path: 'import',
        title: 'items.title.import',
        canActivate: [permissionGuard(ITEMS_MANAGE)],
        loadComponent: () => import('./import/import-page').then((m) => m.ItemImportPage),
      },
      {
        path: 'quality',
        title: 'items.title.quality',
        loadComponent: () => import('./quality/quality-page').then((m) => m.QualityPage),
      },
      {
        path: 'calibration',
        title: 'items.title.calibration',
        canActivate: [permissionGuard(ITEMS_MANAGE)],
        loadComponent: () => import('./calibration/calibration-page').then((m) => m.CalibrationPage),
      },
      {
        // `new` or an item id: one route, so that the page stays when a new item gets its id.
        path: ':id',
        title: 'items.title.edit',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./editor/editor-page').then((m) => m.ItemEditorPage),
      },
    ],
  },
];
