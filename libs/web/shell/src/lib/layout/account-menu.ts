import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import type { Me } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { Icon } from '@civics/web-ui';

/** The signed-in person's name, roles and the way out. */
@Component({
  selector: 'app-account-menu',
  imports: [RouterLink, MatButtonModule, MatMenuModule, MatDividerModule, TranslatePipe, Icon],
  template: `
    <button
      mat-button
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'account.menu' | t: { name: me().displayName }"
      data-testid="account-menu"
    >
      <app-icon name="account" />
      <span class="name">{{ me().displayName }}</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <div class="who" role="presentation">
        <strong>{{ me().displayName }}</strong>
        @if (me().username !== me().displayName) {
          <span>{{ me().username }}</span>
        }
        @for (role of roles(); track role) {
          <span>{{ 'roles.' + role | t }}</span>
        }
      </div>
      <mat-divider />
      <a mat-menu-item routerLink="/privacy/security" data-testid="menu-security">
        <app-icon name="shield" />
        <span>{{ 'privacy.nav.security' | t }}</span>
      </a>
      <a mat-menu-item routerLink="/privacy/my-data" data-testid="menu-my-data">
        <app-icon name="visibility" />
        <span>{{ 'privacy.nav.myData' | t }}</span>
      </a>
      <mat-divider />
      <button mat-menu-item (click)="signOut.emit()" data-testid="sign-out">
        <app-icon name="logout" />
        <span>{{ 'account.signOut' | t }}</span>
      </button>
    </mat-menu>
  `,
  styles: `
    .trigger app-icon {
      margin-inline-end: 0.375rem;
    }
    .who {
      display: grid;
      gap: 0.125rem;
      padding: 0.5rem 1rem 0.75rem;
      max-width: 18rem;
    }
    [mat-menu-item] app-icon {
      margin-inline-end: 0.75rem;
    }
    @media (max-width: 599.98px) {
      .name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .trigger app-icon {
        margin-inline-end: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  readonly me = input.required<Me>();
  readonly signOut = output<void>();
  protected readonly roles = computed(() => [...new Set(this.me().roles.map((g) => g.role))]);
}
