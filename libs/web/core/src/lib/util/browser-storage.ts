import { Injectable } from '@angular/core';

/**
 * localStorage that never throws: private browsing modes and locked-down kiosks refuse
 * storage, and a preference that cannot be remembered must not break the page.
 */
@Injectable({ providedIn: 'root' })
export class BrowserStorage {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Not remembered; the choice still applies for this visit.
    }
  }
}
