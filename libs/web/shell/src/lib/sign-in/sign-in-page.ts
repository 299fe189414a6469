import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import type { OidcStatus } from '@civics/contracts';
import {
  ApiPaths,
  AuthService,
  I18nService,
  SIGN_IN_REASONS,
  type SignInReason,
  TranslatePipe,
  problemOf,
  safeReturnUrl,
} from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { type SignInErrors, type SignInField, signInErrorsOf } from './sign-in-errors';

/** The notice for each reason the sign-in page was opened with. */
const REASON_TEXT: Readonly<Record<SignInReason, string>> = { expired: 'signIn.reason.expired', exam: 'signIn.reason.exam' };

const NO_ERRORS: SignInErrors = { general: null, fields: {} };

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    Icon,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly oidcStartPath = ApiPaths.oidcStart;
  protected readonly oidc = toSignal(
    inject(HttpClient)
      .get<OidcStatus>(ApiPaths.oidcStatus)
      .pipe(catchError(() => of<OidcStatus>({ enabled: false, label: null }))),
  );

  /** Why the person was sent here (the session ended, perhaps mid-exam), shown above the form. */
  protected readonly reason = computed(() => {
    const value = this.route.snapshot.queryParamMap.get('reason');
    const reason = SIGN_IN_REASONS.find((r) => r === value);
    return reason ? REASON_TEXT[reason] : null;
  });

  protected readonly ssoLabel = computed(() => this.oidc()?.label || this.i18n.t('signIn.ssoDefaultLabel'));

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
  });
  /** Second step: the account has the authenticator on, so the code is asked for. */
  protected readonly needCode = signal(false);
  protected readonly totpCode = inject(NonNullableFormBuilder).control('', Validators.pattern(/^\d{6}$/));
  protected readonly busy = signal(false);
  protected readonly errors = signal<SignInErrors>(NO_ERRORS);
  protected readonly showPassword = signal(false);

  protected async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.errors.set(NO_ERRORS);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    const { login, password } = this.form.getRawValue();
    try {
      const me = await this.auth.login(login.trim(), password, this.needCode() ? this.totpCode.value.trim() : undefined);
      await this.i18n.suggest(me.preferredLanguage);
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
    } catch (error: unknown) {
      if (problemOf(error)?.code === 'totp_required') {
        this.needCode.set(true);
        queueMicrotask(() => this.host.nativeElement.querySelector<HTMLInputElement>('[data-testid="totp-code"]')?.focus());
      }
      this.showErrors(signInErrorsOf(error, (key) => this.i18n.has(key)));
    } finally {
      this.busy.set(false);
    }
  }

  /** The text under a field: a translated code or the server's message. */
  protected fieldError(field: SignInField): string | null {
    const error = this.errors().fields[field];
    if (!error) {
      return null;
    }
    return 'key' in error ? this.i18n.t(error.key) : error.text;
  }

  private showErrors(errors: SignInErrors): void {
    this.errors.set(errors);
    for (const field of ['login', 'password'] as const) {
      if (errors.fields[field]) {
        const control = this.form.controls[field];
        control.setErrors({ ...control.errors, server: true });
        control.markAsTouched();
      }
    }
    this.focusFirstInvalid();
  }

  /** Keyboard and screen-reader users land on the field that needs attention. */
  private focusFirstInvalid(): void {
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLInputElement>('input.ng-invalid')?.focus());
  }
}
