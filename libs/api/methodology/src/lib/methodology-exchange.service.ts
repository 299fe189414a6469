import { Injectable } from '@nestjs/common';
import type { ExchangeFormat, MethodologyDetail } from '@civics/contracts';
import { AppConfig, type Actor, type RequestMeta } from '@civics/api-platform';
import { MethodologyService, MethodologyAuditAction } from './methodology.service';
import { MethodologyErrorCode, MethodologyException } from './methodology.exception';
import { exportCase, exportCsv, importCase, importCsv, type ImportResult } from './exchange';

export interface ExportedFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly body: string;
}

/** IMS CASE 1.1 and CSV in and out of the methodology store (formats: ./exchange/README.md). */
@Injectable()
export class MethodologyExchangeService {
  constructor(
    private readonly methodologies: MethodologyService,
    private readonly config: AppConfig,
  ) {}

  async export(actor: Actor | undefined, id: string, format: ExchangeFormat): Promise<ExportedFile> {
    const v = await this.methodologies.visible(actor, id);
    const version = { code: v.code, title: v.title, versionNumber: v.versionNumber, content: v.content };
    const base = `${v.code}-v${v.versionNumber}`;
    if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', fileName: `${base}.csv`, body: exportCsv(version) };
    const pkg = exportCase(version, {
      baseUri: `${this.config.publicUrl}/api/methodologies`,
      lastChangeDateTime: (v.approvedAt ?? v.updatedAt).toISOString(),
      creator: v.approvedByName ?? 'Civil Service ICT Competency Platform',
      adoptionStatus: v.status === 'approved' ? 'Adopted' : v.status === 'retired' ? 'Deprecated' : 'Draft',
    });
    return { contentType: 'application/json; charset=utf-8', fileName: `${base}.case.json`, body: JSON.stringify(pkg, null, 2) };
  }

  /** Validates the whole file first; writes a new draft only when nothing is wrong. */
  async import(
    actor: Actor,
    format: ExchangeFormat,
    body: unknown,
    code: string | undefined,
    meta: RequestMeta,
  ): Promise<MethodologyDetail> {
    let result: ImportResult;
    if (format === 'csv') {
      if (!(body instanceof Uint8Array))
        throw this.invalid([
          { location: 'body', message: 'Send the CSV file as the request body with Content-Type text/csv', code: 'wrong_media_type' },
        ]);
      if (!code) throw this.invalid([{ location: 'query.code', message: 'Give the code of the new draft', code: 'required' }]);
      result = importCsv(body, { code });
    } else {
      const json = body instanceof Uint8Array ? this.parseJson(body) : body;
      result = importCase(json);
    }
    if (!result.ok) throw this.invalid(result.problems);
    const v = result.version;
    return this.methodologies.create(
      actor,
      { code: code ?? v.code, title: v.title, content: v.content },
      meta,
      MethodologyAuditAction.Imported,
    );
  }

  private parseJson(bytes: Uint8Array): unknown {
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (e) {
      throw this.invalid([{ location: 'body', message: `Not a JSON document: ${(e as Error).message}`, code: 'malformed' }]);
    }
  }

  private invalid(problems: { location: string; message: string; code: string }[]): MethodologyException {
    return new MethodologyException(
      MethodologyErrorCode.ImportInvalid,
      `The file has ${problems.length} problem(s); nothing was imported.`,
      problems.map((p) => ({ field: p.location, message: p.message, code: p.code })),
    );
  }
}
