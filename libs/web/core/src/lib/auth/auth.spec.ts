import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { Me, TokenResponse } from '@civics/contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const ME: Me = {
  accountId: '0f6d7c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  username: 'hr',
  email: 'hr@example.az',
  displayName: 'Rəşad Əliyev',
  preferredLanguage: 'az',
  roles: [{ role: 'hr_officer', scopeOrganisationId: '7d0e8a52-3c1f-4d5e-9a8b-1f2e3d4c5b6a', scopeProviderId: null }],
  permissions: ['me:read', 'persons:read'],
  person: null,
};
const tokens = (accessToken: string): TokenResponse => ({ accessToken, tokenType: 'Bearer', expiresIn: 900, me: ME });
const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('AuthService with the auth interceptor', () => {
  let auth: AuthService;
  let http: HttpClient;
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  async function signIn(token = 'access-1'): Promise<void> {
    const done = auth.login('hr', 'Demo-Password-2026');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ login: 'hr', password: 'Demo-Password-2026' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(tokens(token));
    await done;
  }

  it('keeps the signed-in account and its roles after login, and nothing in storage', async () => {
    localStorage.clear();
    await signIn();
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.me()?.displayName).toBe('Rəşad Əliyev');
    expect(auth.roles()).toEqual(['hr_officer']);
    expect(auth.hasRole('hr_officer')).toBe(true);
    expect(auth.hasRole('administrator')).toBe(false);
    expect(auth.hasPermission('persons:read')).toBe(true);
    expect(auth.hasPermission('audit:read')).toBe(false);
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1');
  });

  it('sends the access token with API calls', async () => {
    await signIn();
    const call = firstValueFrom(http.get('/api/me'));
    const request = backend.expectOne('/api/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    request.flush(ME);
    await call;
  });

  it('refreshes once on a 401 and retries the call with the new token', async () => {
    await signIn();
    const call = firstValueFrom(http.get<Me>('/api/me'));
    backend.expectOne('/api/me').flush(null, unauthorized);
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(tokens('access-2'));
    await new Promise((resolve) => setTimeout(resolve));
    const retry = backend.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush(ME);
    await expect(call).resolves.toEqual(ME);
    expect(auth.accessToken()).toBe('access-2');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shares one refresh between parallel calls that fail together', async () => {
    await signIn();
    const first = firstValueFrom(http.get('/api/a'));
    const second = firstValueFrom(http.get('/api/b'));
    backend.expectOne('/api/a').flush(null, unauthorized);
    backend.expectOne('/api/b').flush(null, unauthorized);
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(tokens('access-2'));
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/a').flush({});
    backend.expectOne('/api/b').flush({});
    await Promise.all([first, second]);
  });

  it('signs out locally and sends the person to sign-in when the refresh fails too', async () => {
    await signIn();
    const call = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(null, unauthorized);
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(null, unauthorized);
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], expect.objectContaining({ queryParams: expect.any(Object) }));
  });

  it('does not try to refresh when the login itself is refused', async () => {
    const done = auth.login('hr', 'wrong');
    backend.expectOne('/api/auth/login').flush({ code: 'invalid_credentials', status: 401 }, unauthorized);
    await expect(done).rejects.toMatchObject({ status: 401 });
    backend.expectNone('/api/auth/refresh');
    expect(auth.isSignedIn()).toBe(false);
  });

  it('restores the session from the refresh cookie', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').flush(tokens('access-3'));
    await expect(restored).resolves.toEqual(ME);
    expect(auth.accessToken()).toBe('access-3');
  });

  it('stays signed out when there is no session to restore', async () => {
    const restored = auth.restore();
    backend.expectOne('/api/auth/refresh').flush(null, unauthorized);
    await expect(restored).resolves.toBeNull();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('ends the server session on sign-out and forgets the token', async () => {
    await signIn();
    const done = auth.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.accessToken()).toBeNull();
  });
});
