import { Injectable } from '@nestjs/common';
import type { Certificate, CertificateStatus, MethodologyDetail } from '@civics/contracts';
import { AppConfig } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import type { CertificateRow } from './certificate.repository';

/** Today (UTC) as yyyy-mm-dd: the server owns time. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function statusOf(row: Pick<CertificateRow, 'revokedAt' | 'validUntil'>, now = new Date()): CertificateStatus {
  if (row.revokedAt) return 'revoked';
  return row.validUntil < todayIso(now) ? 'expired' : 'valid';
}

/** Turns stored certificates into the contract shape, with titles from the methodology version they were issued under. */
@Injectable()
export class CertificateView {
  constructor(
    private readonly config: AppConfig,
    private readonly methodology: MethodologyService,
  ) {}

  verifyPageUrl(serial: string): string {
    return `${this.config.publicUrl}/verify/${encodeURIComponent(serial)}`;
  }

  version(id: string): Promise<MethodologyDetail> {
    return this.methodology.get(undefined, id);
  }

  async toCertificate(row: CertificateRow): Promise<Certificate> {
    const version = await this.version(row.methodologyVersionId);
    const titles = new Map(version.content.areas.flatMap((a) => a.competencies.map((c) => [c.code, c.title] as const)));
    return {
      id: row.id,
      serial: row.serial,
      personId: row.personId,
      holderName: row.holderName,
      outcome: row.outcome,
      note: row.note,
      methodologyVersionId: row.methodologyVersionId,
      methodologyTitle: version.title,
      methodologyVersion: version.versionNumber,
      positionCode: row.positionCode,
      competencies: row.competencies.map((c) => ({ ...c, title: titles.get(c.competencyCode) ?? { en: c.competencyCode } })),
      issuedAt: new Date(row.issuedAt).toISOString(),
      validUntil: row.validUntil,
      status: statusOf(row),
      revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
      revocationReason: row.revocationReason,
      revocationNote: row.revocationNote,
      verifyUrl: this.verifyPageUrl(row.serial),
      sessionId: row.sessionId,
    };
  }

  async many(rows: readonly CertificateRow[]): Promise<Certificate[]> {
    const out: Certificate[] = [];
    for (const r of rows) out.push(await this.toCertificate(r));
    return out;
  }
}
