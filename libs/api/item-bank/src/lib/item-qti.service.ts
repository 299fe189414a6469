import { Injectable } from '@nestjs/common';
import type { ItemImportReport, ItemImportRequest, ItemListQuery } from '@civics/contracts';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AppException } from '@civics/api-platform';
import { ItemService } from './item.service';
import { ItemRepository } from './item.repository';
import { parseQtiItem, toQtiItem } from './qti';

/** QTI 3.0 in and out of the bank. Each file stands alone: one bad file does not stop the others. */
@Injectable()
export class ItemQtiService {
  constructor(
    private readonly items: ItemService,
    private readonly repo: ItemRepository,
  ) {}

  async import(actor: Actor, input: ItemImportRequest, meta: RequestMeta): Promise<ItemImportReport> {
    const defaults = input.defaults ?? { competencyCode: 'DF1', level: 1, language: 'en' as const };
    const report: ItemImportReport = { imported: [], problems: [] };
    for (const file of input.files) {
      const parsed = parseQtiItem(file.content, file.name, defaults);
      if (!parsed.ok) {
        report.problems.push(...parsed.problems.map((p) => ({ file: file.name, ...p })));
        continue;
      }
      for (const w of parsed.warnings) report.problems.push({ file: file.name, location: file.name, message: w, code: 'warning' });
      try {
        const ref = (await this.repo.existsRef(parsed.ref)) ? undefined : parsed.ref;
        const item = await this.items.create(actor, { ref, content: parsed.content }, meta);
        report.imported.push({ file: file.name, itemId: item.id, ref: item.ref, status: item.status, needsKey: parsed.needsKey });
      } catch (e) {
        if (!(e instanceof AppException)) throw e;
        report.problems.push(
          ...(e.errors ?? [{ field: 'content', message: e.message, code: e.code }]).map((err) => ({
            file: file.name,
            location: err.field,
            message: err.message,
            code: err.code,
          })),
        );
      }
    }
    return report;
  }

  async export(query: ItemListQuery): Promise<{ files: { name: string; content: string }[] }> {
    const { items } = await this.repo.list(query);
    return { files: items.map((i) => ({ name: `${i.ref}-v${i.version}.xml`, content: toQtiItem({ ref: i.ref, content: i.content }) })) };
  }
}
