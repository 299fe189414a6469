import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { Organisation, Role } from '@civics/contracts';
import { ApiPaths, AuthService, I18nService, ROLE_SECTIONS, TranslatePipe } from '@civics/web-core';
import { Icon, KeyValueList } from '@civics/web-ui';
import { personFacts, scopeFacts } from './me-facts';
import { ROLE_UPCOMING } from './role-upcoming';

/**
 * The home page of one role (`/home/servant`, `/home/hr`, …): what the role covers, what it is
 * limited to, and what its feature pages will offer. The role comes from the route's data.
 */
@Component({
  selector: 'app-role-home-page',
  imports: [MatCardModule, TranslatePipe, Icon, KeyValueList],
  templateUrl: './role-home-page.html',
  styleUrl: './home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleHomePage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly t = (key: string, params?: Readonly<Record<string, string>>) => this.i18n.t(key, params);

  readonly role = input.required<Role>();

  protected readonly icon = computed(() => ROLE_SECTIONS[this.role()].icon);
  protected readonly upcoming = computed(() => ROLE_UPCOMING[this.role()].map((item) => `roleHome.${this.role()}.next.${item}`));
  protected readonly person = computed(() => {
    const me = this.auth.me();
    return me ? personFacts(me, this.t) : [];
  });
  private readonly grants = computed(() => this.auth.me()?.roles.filter((g) => g.role === this.role()) ?? []);
  /** Names of scope organisations, fetched only when the role is scoped and the account may list them. */
  private readonly organisations = httpResource<Organisation[]>(() =>
    this.grants().some((g) => g.scopeOrganisationId) && this.auth.hasPermission('organisations:read') ? ApiPaths.organisations : undefined,
  );
  protected readonly scope = computed(() => {
    const me = this.auth.me();
    if (!me) {
      return [];
    }
    const language = this.i18n.language();
    const list = this.organisations.hasValue() ? this.organisations.value() : [];
    const nameOf = (id: string) => {
      const organisation = list.find((o) => o.id === id);
      return organisation ? `${organisation.name[language]} (${organisation.code})` : null;
    };
    return this.grants().flatMap((grant) => scopeFacts(me, grant, this.t, nameOf));
  });
  protected readonly permissions = computed(() => (this.role() === 'administrator' ? (this.auth.me()?.permissions ?? []) : []));
}
