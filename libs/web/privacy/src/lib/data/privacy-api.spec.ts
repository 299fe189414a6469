import { IdentityRoutes, SecurityRoutes } from '@civics/contracts';
import { PrivacyPaths } from './privacy-api';
import { moment } from '../shared/format';

describe('privacy paths', () => {
  it('are the paths the API declares', () => {
    expect(PrivacyPaths.sessions).toBe(SecurityRoutes.mySessions.path);
    expect(`${PrivacyPaths.sessions}/:id`).toBe(SecurityRoutes.revokeSession.path);
    expect(PrivacyPaths.revokeAll).toBe(SecurityRoutes.revokeAllSessions.path);
    expect(PrivacyPaths.totp).toBe(SecurityRoutes.totpStatus.path);
    expect(`${PrivacyPaths.totp}/enrol`).toBe(SecurityRoutes.totpEnrol.path);
    expect(`${PrivacyPaths.totp}/confirm`).toBe(SecurityRoutes.totpConfirm.path);
    expect(`${PrivacyPaths.totp}/disable`).toBe(SecurityRoutes.totpDisable.path);
    expect(PrivacyPaths.accessLog).toBe(SecurityRoutes.accessLog.path);
    expect(PrivacyPaths.exportJson).toBe(SecurityRoutes.exportJson.path);
    expect(PrivacyPaths.exportPdf).toBe(SecurityRoutes.exportPdf.path);
    expect(PrivacyPaths.persons).toBe(IdentityRoutes.listPersons.path);
    expect(`${PrivacyPaths.persons}/:id`).toBe(IdentityRoutes.getPerson.path);
  });

  it('shows a moment in the reader’s language', () => {
    const iso = '2026-03-05T08:30:00Z';
    expect(moment(iso, 'en')).not.toBe(moment(iso, 'ru'));
    expect(moment(iso, 'en')).toContain('2026');
  });
});
