import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { Language } from '@civics/contracts';
import { DisplayPreferencesService, I18nService, TranslatePipe } from '@civics/web-core';
import { Icon } from '@civics/web-ui';

/** Language switch and the two display aids; shown on every page, also before sign-in. */
@Component({
  selector: 'app-preferences-controls',
  imports: [MatButtonToggleModule, TranslatePipe, Icon],
  templateUrl: './preferences-controls.html',
  styleUrl: './preferences-controls.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferencesControls {
  protected readonly i18n = inject(I18nService);
  protected readonly display = inject(DisplayPreferencesService);

  protected setLanguage(language: Language): void {
    void this.i18n.use(language);
  }
}
