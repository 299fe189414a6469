import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { AppPaths, AuthService, NAV_ITEMS, TranslatePipe, visibleNavItems } from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { AccountMenu } from './account-menu';
import { PreferencesControls } from './preferences-controls';

/** Toolbar, navigation drawer and main region around every page. */
@Component({
  selector: 'app-shell-layout',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    Icon,
    AccountMenu,
    PreferencesControls,
  ],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellLayout {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Whether the drawer is open on narrow screens (on wide screens it is always open). */
  protected readonly menuOpen = signal(false);
  protected readonly drawerOpen = computed(() => this.auth.isSignedIn() && (!this.narrow() || this.menuOpen()));
  protected readonly navItems = computed(() => visibleNavItems(NAV_ITEMS, this.auth.roles(), this.auth.permissions()));
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** A real link target (so it works as a link) that stays on the current page. */
  protected readonly skipHref = computed(() => `${this.url().split('#')[0]}#main-content`);

  constructor() {
    // After an in-app navigation move focus to the new page, as a full page load would;
    // otherwise keyboard and screen-reader users stay on the link they activated.
    this.router.events
      .pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        filter((_e, index) => index > 0),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.menuOpen.set(false);
        this.focusMain();
      });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl(AppPaths.signIn);
  }

  private focusMain(): void {
    const main = this.document.getElementById('main-content');
    main?.focus({ preventScroll: false });
  }
}
