import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { authInterceptor } from './auth/auth.interceptor';
import { AuthService } from './auth/auth.service';
import { DisplayPreferencesService } from './display/display-preferences.service';
import { I18nService } from './i18n/i18n.service';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';

/**
 * HTTP with the auth interceptor, translated titles, and a start-up step that loads the texts
 * and restores the session (refresh cookie) before the first route is chosen, so guards know
 * whether the person is signed in.
 */
export function provideWebCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(async () => {
      const i18n = inject(I18nService);
      const auth = inject(AuthService);
      inject(DisplayPreferencesService);
      const [me] = await Promise.all([auth.restore(), i18n.init().catch(() => undefined)]);
      if (me) {
        await i18n.suggest(me.preferredLanguage);
      }
    }),
  ]);
}
