import { z } from 'zod';
import { API_ROUTES } from './api-routes';
import { Permission, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('API_ROUTES', () => {
  it('declares every method and path once, under /api', () => {
    const keys = API_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(API_ROUTES.every((r) => r.path.startsWith('/api/'))).toBe(true);
  });

  it('gives every :param of a path a schema field, and no schema field without a :param', () => {
    for (const r of API_ROUTES) {
      const inPath = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]).sort();
      const inSchema = r.params ? Object.keys((r.params as z.ZodObject).shape).sort() : [];
      expect({ route: `${r.method} ${r.path}`, params: inSchema }).toEqual({ route: `${r.method} ${r.path}`, params: inPath });
    }
  });

  it('uses only known permissions, and every permission guards some route', () => {
    const known = new Set<string>(Object.values(Permission));
    const used = new Set<string>(API_ROUTES.map((r) => r.access).filter((a) => a !== 'public' && a !== 'authenticated'));
    expect([...used].filter((p) => !known.has(p))).toEqual([]);
    expect([...known].filter((p) => !used.has(p) && p !== Permission.MethodologyReadDrafts)).toEqual([]);
  });

  it('keeps authoring with methodologists and sitting tests with civil servants', () => {
    expect(ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(Permission.MethodologyManage))).toEqual(['methodologist']);
    expect(ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(Permission.ItemsManage))).toEqual(['methodologist']);
    expect(ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(Permission.AssessmentTake))).toEqual(['civil_servant']);
    expect(ROLES.every((r) => ROLE_PERMISSIONS[r].includes(Permission.MeRead))).toBe(true);
  });

  it('keeps course authoring with providers, approval with methodologists, plans with HR and enrolling with civil servants', () => {
    const holders = (p: Permission) => ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(p));
    expect(holders(Permission.CoursesManage)).toEqual(['training_provider']);
    expect(holders(Permission.CoursesApprove)).toEqual(['methodologist', 'administrator']);
    expect(holders(Permission.TrainingEnrol)).toEqual(['civil_servant']);
    expect(holders(Permission.PlansManage)).toEqual(['hr_officer', 'administrator']);
    expect(holders(Permission.ProvidersManage)).toEqual(['administrator']);
    expect(holders(Permission.EffectivenessRead)).toEqual(['hr_officer', 'training_provider', 'methodologist', 'administrator']);
    expect(holders(Permission.ResourcesManage)).toEqual(['methodologist', 'administrator']);
  });

  it('declares the training routes the design names', () => {
    const keys = new Set(API_ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const k of ['GET /api/courses', 'POST /api/courses', 'GET /api/plans/me', 'POST /api/enrolments', 'POST /api/xapi/statements'])
      expect(keys.has(k)).toBe(true);
  });

  it('keeps scheduling with HR, votes with the commission, and verification public', () => {
    const holders = (p: Permission) => ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(p));
    expect(holders(Permission.AttestationManage)).toEqual(['hr_officer', 'administrator']);
    expect(holders(Permission.AttestationVote)).toEqual(['commission_member']);
    const byKey = new Map(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r]));
    expect(byKey.get('GET /api/certificates/:serial/verify')?.access).toBe('public');
    expect(byKey.get('GET /api/credentials/status/:listId')?.access).toBe('public');
    expect(byKey.get('POST /api/attestation/sessions')?.access).toBe(Permission.AttestationManage);
    expect(byKey.get('POST /api/attestation/candidates/:id/votes')?.access).toBe(Permission.AttestationVote);
    expect(byKey.get('GET /api/certificates/me')?.access).toBe(Permission.MeRead);
  });
});
