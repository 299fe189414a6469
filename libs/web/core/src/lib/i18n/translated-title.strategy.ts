import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';

/**
 * Route `title`s are translation keys. The document title follows both navigation and
 * language changes, so screen readers announce the page in the chosen language.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly key = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const appName = this.i18n.t('app.name');
      const key = this.key();
      this.document.title = key ? `${this.i18n.t(key)} · ${appName}` : appName;
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key.set(this.buildTitle(snapshot));
  }
}
