import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MethodologyDetail } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe } from '@civics/web-core';
import { KeyValueList } from '@civics/web-ui';
import { MethodologyPaths } from '../data/methodology-paths';
import { legalBasisFacts } from '../shared/legal-basis-facts';
import { LocalizedText } from '../shared/localized-text';
import { FrameworkView } from './framework-view';

/** `/framework`: the current approved competency framework, open to everyone. */
@Component({
  selector: 'app-framework-page',
  imports: [MatProgressBarModule, RouterLink, TranslatePipe, KeyValueList, LocalizedText, FrameworkView],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'methodology.framework.heading' | t }}</h1>
      @if (version.isLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'methodology.loading' | t" />
      } @else if (version.error()) {
        <p class="error" role="alert">{{ 'methodology.framework.unavailable' | t }}</p>
      } @else if (version.hasValue()) {
        @let v = version.value();
        <p class="lead" data-testid="framework-title">
          <app-localized-text [text]="v.title" />
          <span class="version">· {{ 'methodology.versionNumber' | t: { n: v.versionNumber } }} ({{ v.code }})</span>
        </p>
        @if (facts().length) {
          <section class="legal" aria-labelledby="legal-heading">
            <h2 id="legal-heading">{{ 'methodology.legal.heading' | t }}</h2>
            <app-key-value-list [items]="facts()" />
          </section>
        }
        <app-framework-view [content]="v.content" />
      }
      @if (!auth.isSignedIn()) {
        <p class="sign-in">
          <a routerLink="/sign-in">{{ 'methodology.framework.signIn' | t }}</a>
        </p>
      }
    </div>
  `,
  styles: `
    .page {
      max-width: 72rem;
    }
    .page-title {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.5rem;
    }
    .lead {
      font: var(--mat-sys-title-medium);
      margin: 0 0 1rem;
    }
    .version {
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 1rem 0 0.75rem;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .sign-in {
      margin-top: 2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkPage {
  protected readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  protected readonly version = httpResource<MethodologyDetail>(() => MethodologyPaths.current);
  protected readonly facts = computed(() => {
    if (!this.version.hasValue()) {
      return [];
    }
    const v = this.version.value();
    return legalBasisFacts(v.legalBasis, v.effectiveDate, this.i18n.language(), (k) => this.i18n.t(k));
  });
}
