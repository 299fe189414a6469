import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { TranslationParams } from './translation-tables';
import { I18nService } from './i18n.service';

/**
 * `{{ 'signIn.heading' | t }}`, `{{ 'home.welcome' | t: { name: me.displayName } }}`.
 * Impure on purpose: the text changes when the language signal changes although the key does
 * not; the lookup is a map read, and OnPush views are only checked when marked dirty.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
