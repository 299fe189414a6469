import type { Routes } from '@angular/router';
import { permissionGuard } from '@civics/web-core';
import { ITEMS_MANAGE } from './data/item-paths';
import { unsavedChangesGuard } from './editor/unsaved-guard';

/** `/items/…`: the item bank, for methodologists (`items:manage`). Mounted by the app. */
export const itemBankRoutes: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(ITEMS_MANAGE)],
    children: [
      {
        path: '',
        title: 'items.title.list',
        loadComponent: () => import('./list/items-page').then((m) => m.ItemsPage),
      },
      {
        path: 'import',
        title: 'items.title.import',
        loadComponent: () => import('./import/import-page').then((m) => m.ItemImportPage),
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
