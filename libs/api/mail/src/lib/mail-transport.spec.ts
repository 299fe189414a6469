import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@civics/api-platform';
import { MailTransport } from './mail-transport';

describe('MailTransport without an SMTP server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an RFC 5322 .eml file with the recipient, the encoded subject and the text', async () => {
    const transport = new MailTransport(new AppConfig({ MAIL_DIR: dir, MAIL_FROM: 'Platform <no-reply@civics.example>' }));
    expect(transport.kind).toBe('file');
    const sent = await transport.send({
      id: '6f1c2a4e-7b7e-4c55-9b0e-0d3a8e6a1001',
      to: 'Gülşən Məmmədova <gulsen@example.gov.az>',
      subject: 'Attestasiyaya dəvət',
      text: 'Vaxt: 05.12.2026 09:00 (Bakı vaxtı)',
      createdAt: new Date('2026-12-01T10:00:00Z'),
    });
    expect(sent.transport).toBe('file');
    expect(sent.filePath?.startsWith(dir)).toBe(true);
    expect(sent.filePath?.endsWith('.eml')).toBe(true);
    // Long headers are folded onto continuation lines; unfold them to read them.
    const eml = readFileSync(sent.filePath as string, 'utf8').replace(/\r?\n[ \t]+/g, ' ');
    expect(eml).toMatch(/^To: .*<gulsen@example\.gov\.az>$/m);
    expect(eml).toMatch(/^From: Platform <no-reply@civics\.example>$/m);
    expect(eml).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(eml).toContain('Message-ID: <6f1c2a4e-7b7e-4c55-9b0e-0d3a8e6a1001@civics>');
    expect(eml).toMatch(/^Date: Tue, 01 Dec 2026 10:00:00 \+0000$/m);
    expect(eml).toContain('Bak=C4=B1 vaxt=C4=B1');
  });
});
