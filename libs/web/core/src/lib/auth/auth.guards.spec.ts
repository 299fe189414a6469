import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, type CanActivateFn, type RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import type { Me } from '@civics/contracts';
import { roleGuard, signedInGuard, signedOutGuard } from './auth.guards';
import { AuthService } from './auth.service';

const servant: Me = {
  accountId: '0f6d7c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  username: 'servant',
  email: null,
  displayName: 'Aysel Məmmədova',
  preferredLanguage: 'az',
  roles: [{ role: 'civil_servant', scopeOrganisationId: null, scopeProviderId: null }],
  permissions: ['me:read'],
  person: null,
};

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
  });

  function run(guard: CanActivateFn, url: string): boolean | string {
    const result = TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
    return result instanceof UrlTree ? result.toString() : (result as boolean);
  }

  async function signInAsServant(): Promise<void> {
    const auth = TestBed.inject(AuthService);
    const done = auth.login('servant', 'x');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, me: servant });
    await done;
  }

  it('sends signed-out people to sign-in with the page to return to', () => {
    expect(run(signedInGuard, '/home/servant')).toBe('/sign-in?returnUrl=%2Fhome%2Fservant');
    expect(run(roleGuard('civil_servant'), '/home/servant')).toBe('/sign-in?returnUrl=%2Fhome%2Fservant');
    expect(run(signedOutGuard, '/sign-in')).toBe(true);
  });

  it('lets a signed-in person into their role pages only, and away from the sign-in page', async () => {
    await signInAsServant();
    expect(run(signedInGuard, '/home')).toBe(true);
    expect(run(roleGuard('civil_servant'), '/home/servant')).toBe(true);
    expect(run(roleGuard('administrator', 'hr_officer'), '/home/admin')).toBe('/home');
    expect(run(signedOutGuard, '/sign-in')).toBe('/home');
  });
});
