import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, UrlTree, convertToParamMap, provideRouter } from '@angular/router';
import type { Attempt, Me, TokenResponse } from '@civics/contracts';
import { authInterceptor } from '../auth/auth.interceptor';
import { offlineExamGuard } from '../auth/auth.guards';
import { AuthService } from '../auth/auth.service';
import { OfflineExamStore } from './offline-exam-store';

const ATTEMPT_ID = '5b1c2d3e-4f50-4612-8a3b-9c0d1e2f3a4b';
const servant: Me = {
  accountId: '0f6d7c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  username: 'servant',
  email: null,
  displayName: 'Aysel Məmmədova',
  preferredLanguage: 'az',
  roles: [{ role: 'civil_servant', scopeOrganisationId: null, scopeProviderId: null }],
  permissions: ['me:read', 'assessment:take'],
  person: null,
};
const other: Me = { ...servant, accountId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', username: 'other' };
const tokens = (me: Me): TokenResponse => ({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, me });
const attempt = { id: ATTEMPT_ID, items: [], responses: [] } as unknown as Attempt;
const offline = { status: 0, statusText: 'Unknown Error' };
const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('the exam copy for an offline reload', () => {
  let auth: AuthService;
  let store: OfflineExamStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
    store = TestBed.inject(OfflineExamStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function guard(id: string): boolean | string {
    const route = { paramMap: convertToParamMap({ id }) } as ActivatedRouteSnapshot;
    const state = { url: `/tests/attempts/${id}` } as RouterStateSnapshot;
    const result = TestBed.runInInjectionContext(() => offlineExamGuard('assessment:take')(route, state));
    return result instanceof UrlTree ? result.toString() : (result as boolean);
  }

  async function restore(response: TokenResponse | null, error = unauthorized): Promise<void> {
    const done = auth.restore();
    const request = backend.expectOne('/api/auth/refresh');
    if (response) {
      request.flush(response);
    } else if (error.status === 0) {
      request.error(new ProgressEvent('error'), error);
    } else {
      request.flush(null, error);
    }
    await done;
  }

  it('keeps one attempt per tab and tells it only for its own id', () => {
    store.save({ accountId: servant.accountId, attempt, offsetMs: 1500 });
    expect(store.load(ATTEMPT_ID)).toEqual({ accountId: servant.accountId, attempt, offsetMs: 1500 });
    expect(store.load('another')).toBeNull();
    expect(store.load(null)).toBeNull();
    sessionStorage.setItem('civics.exam.offline', '{"format":1,"attempt":"broken"}');
    expect(store.load(ATTEMPT_ID)).toBeNull();
  });

  it('opens only the cached exam when the session cannot be renewed for lack of a connection', async () => {
    store.save({ accountId: servant.accountId, attempt, offsetMs: 0 });
    await restore(null, offline);
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.unreachable()).toBe(true);
    expect(guard(ATTEMPT_ID)).toBe(true);
    expect(guard('6c2d3e4f-5a61-4723-9b4c-0d1e2f3a4b5c')).toBe(
      '/sign-in?returnUrl=%2Ftests%2Fattempts%2F6c2d3e4f-5a61-4723-9b4c-0d1e2f3a4b5c',
    );
    // The copy stays for when the connection returns.
    expect(store.load(ATTEMPT_ID)).not.toBeNull();
  });

  it('asks to sign in when the server refuses the session, and drops the copy', async () => {
    store.save({ accountId: servant.accountId, attempt, offsetMs: 0 });
    await restore(null, unauthorized);
    expect(auth.unreachable()).toBe(false);
    expect(guard(ATTEMPT_ID)).toBe(`/sign-in?returnUrl=%2Ftests%2Fattempts%2F${ATTEMPT_ID}`);
    expect(store.load(ATTEMPT_ID)).toBeNull();
  });

  it('lets a signed-in candidate in as usual and keeps their copy', async () => {
    store.save({ accountId: servant.accountId, attempt, offsetMs: 0 });
    await restore(tokens(servant));
    expect(guard(ATTEMPT_ID)).toBe(true);
    expect(store.load(ATTEMPT_ID)).not.toBeNull();
  });

  it("drops another account's copy when someone else signs in on the tab", async () => {
    store.save({ accountId: servant.accountId, attempt, offsetMs: 0 });
    const done = auth.login('other', 'x');
    backend.expectOne('/api/auth/login').flush(tokens(other));
    await done;
    expect(store.load(ATTEMPT_ID)).toBeNull();
  });

  it('forgets the copy on sign-out', async () => {
    await restore(tokens(servant));
    store.save({ accountId: servant.accountId, attempt, offsetMs: 0 });
    const done = auth.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.load(ATTEMPT_ID)).toBeNull();
    expect(guard(ATTEMPT_ID)).toBe(`/sign-in?returnUrl=%2Ftests%2Fattempts%2F${ATTEMPT_ID}`);
  });
});
