import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, ROLE_SECTIONS, TranslatePipe, roleSectionPath } from '@civics/web-core';
import { Icon, KeyValueList } from '@civics/web-ui';
import { accountFacts, distinctRoles, personFacts } from './me-facts';

/** The first page after sign-in: who I am, where I work, and a door to each of my roles. */
@Component({
  selector: 'app-home-page',
  imports: [MatCardModule, MatButtonModule, RouterLink, TranslatePipe, Icon, KeyValueList],
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly t = (key: string, params?: Readonly<Record<string, string>>) => this.i18n.t(key, params);

  protected readonly me = this.auth.me;
  protected readonly account = computed(() => {
    const me = this.me();
    return me ? accountFacts(me, this.t) : [];
  });
  protected readonly person = computed(() => {
    const me = this.me();
    return me ? personFacts(me, this.t) : [];
  });
  protected readonly roles = computed(() => {
    const me = this.me();
    return (me ? distinctRoles(me) : []).map((role) => ({
      role,
      path: roleSectionPath(role),
      icon: ROLE_SECTIONS[role].icon,
    }));
  });
}
