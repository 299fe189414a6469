import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService } from '@civics/web-core';
import { SignInPage } from './sign-in-page';

const AZ = {
  signIn: {
    heading: 'Platformaya daxil olun',
    login: 'İstifadəçi adı',
    password: 'Şifrə',
    submit: 'Daxil ol',
    sso: '{label} ilə daxil ol',
  },
  errors: { required: 'Bu sahəni doldurun.', invalidCredentials: 'İstifadəçi adı və ya şifrə yanlışdır.' },
};

describe('SignInPage', () => {
  let backend: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    const i18n = TestBed.inject(I18nService);
    const loaded = i18n.init();
    backend.expectOne('/i18n/az.json').flush(AZ);
    await loaded;
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    return fixture;
  }

  const text = (root: HTMLElement) => root.textContent?.replace(/\s+/g, ' ') ?? '';

  function fill(root: HTMLElement, testId: string, value: string) {
    const input = root.querySelector<HTMLInputElement>(`[data-testid=${testId}]`);
    if (!input) throw new Error(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  afterEach(() => backend.verify());

  it('offers single sign-on only when the API has it configured', async () => {
    const fixture = await render();
    backend.expectOne('/api/auth/oidc').flush({ enabled: true, label: 'ASAN İmza' });
    await fixture.whenStable();
    const sso = fixture.nativeElement.querySelector('[data-testid=sso]') as HTMLAnchorElement;
    expect(sso.getAttribute('href')).toBe('/api/auth/oidc/start');
    expect(sso.textContent?.trim()).toBe('ASAN İmza ilə daxil ol');
  });

  it('asks for both fields without calling the API', async () => {
    const fixture = await render();
    backend.expectOne('/api/auth/oidc').flush({ enabled: false, label: null });
    (fixture.nativeElement.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelectorAll('mat-error')).toHaveLength(2);
    expect(text(fixture.nativeElement)).toContain('Bu sahəni doldurun.');
    backend.expectNone('/api/auth/login');
  });

  it('shows the translated reason when the credentials are refused, and stays on the page', async () => {
    const fixture = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    backend.expectOne('/api/auth/oidc').flush({ enabled: false, label: null });
    fill(fixture.nativeElement, 'login', 'servant');
    fill(fixture.nativeElement, 'password', 'wrong-password');
    (fixture.nativeElement.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/auth/login')
      .flush(
        { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid_credentials' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const alert = fixture.nativeElement.querySelector('[role=alert]') as HTMLElement;
    expect(text(alert).trim()).toBe('İstifadəçi adı və ya şifrə yanlışdır.');
    expect(navigate).not.toHaveBeenCalled();
  });
});
