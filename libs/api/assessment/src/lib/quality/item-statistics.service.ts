import { Injectable } from '@nestjs/common';
import type { FormReliabilityRow, ItemFlagCode, ItemStatisticsQuery, ItemStatisticsReport, ItemStatisticsRow } from '@civics/contracts';
import { answerCredit } from '@civics/domain';
import { distractorCounts, flagItem, formReliability, itemStatistics } from '@civics/psychometrics';
import { MethodologyService } from '@civics/api-methodology';
import { ItemRepository, type ItemEntity } from '@civics/api-item-bank';
import { ItemCatalog } from '../item-catalog';
import { TemplateService } from '../template.service';
import { type DeliveredResponse, QualityRepository } from './quality.repository';

/** The latest scored attempts the statistics look at (newest first). */
export const STATISTICS_ATTEMPT_WINDOW = 5000;
/** Fewer responses than this give no flags: too little evidence to send an item back. */
export const MIN_RESPONSES_FOR_FLAGS = 30;

/** Classical item analysis of the bank from scored attempts (DESIGN.md §5 "Item quality"). */
@Injectable()
export class ItemStatisticsService {
  constructor(
    private readonly quality: QualityRepository,
    private readonly catalog: ItemCatalog,
    private readonly items: ItemRepository,
    private readonly methodology: MethodologyService,
    private readonly templates: TemplateService,
  ) {}

  async report(q: ItemStatisticsQuery): Promise<ItemStatisticsReport> {
    const delivered = await this.quality.scoredResponses(STATISTICS_ATTEMPT_WINDOW);
    const current = await this.methodology.current();
    const active = await this.items.activeFor(current.content.areas.flatMap((a) => a.competencies.map((c) => c.code)));
    const bank = await this.catalog.load([...new Set(delivered.map((d) => d.itemId))]);
    for (const item of active) bank.set(item.id, item);

    const attempts = [...new Set(delivered.map((d) => d.attemptId))];
    const row = new Map(attempts.map((id, i) => [id, i]));
    const itemIds = [...bank.keys()];
    const col = new Map(itemIds.map((id, j) => [id, j]));
    const matrix: (number | null)[][] = attempts.map(() => itemIds.map(() => null));
    const choices = new Map<string, (string | null)[]>();
    for (const d of delivered) {
      const item = bank.get(d.itemId);
      if (!item?.content.key) continue;
      (matrix[row.get(d.attemptId) as number] as (number | null)[])[col.get(d.itemId) as number] = answerCredit(item.content.key, d.answer);
      choices.set(d.itemId, [...(choices.get(d.itemId) ?? []), ...chosenOptions(d)]);
    }
    const stats = itemStatistics(matrix);
    // Exposure: share of the attempts that measured the item's competency which presented it.
    const attemptsByCompetency = new Map<string, Set<string>>();
    for (const d of delivered) {
      const code = bank.get(d.itemId)?.competencyCode;
      if (code) attemptsByCompetency.set(code, (attemptsByCompetency.get(code) ?? new Set()).add(d.attemptId));
    }
    const rows: ItemStatisticsRow[] = itemIds.flatMap((id, j) => {
      const item = bank.get(id) as ItemEntity;
      if (q.competencyCode && item.competencyCode !== q.competencyCode) return [];
      const s = stats[j];
      const n = s?.n ?? 0;
      const distractors = distractorsOf(item, choices.get(id) ?? []);
      const flags: ItemFlagCode[] =
        n >= MIN_RESPONSES_FOR_FLAGS
          ? flagItem({
              p: s?.p ?? null,
              pointBiserial: s?.pointBiserial ?? null,
              ...(distractors.length
                ? { distractors: distractors.filter((d) => !d.isKey).map((d) => ({ option: d.optionId, count: d.count, share: d.share })) }
                : {}),
            })
          : [];
      if (q.flaggedOnly && flags.length === 0) return [];
      return [
        {
          itemId: id,
          ref: item.ref,
          version: item.version,
          status: item.status,
          type: item.type,
          competencyCode: item.competencyCode,
          level: item.level,
          stem: item.content.stem,
          responses: n,
          p: s?.p ?? null,
          pointBiserial: s?.pointBiserial ?? null,
          exposure: n / Math.max(1, attemptsByCompetency.get(item.competencyCode)?.size ?? 0),
          distractors,
          flags,
          irt: item.irt,
        },
      ];
    });
    rows.sort(
      (a, b) =>
        a.competencyCode.localeCompare(b.competencyCode) || a.level - b.level || a.ref.localeCompare(b.ref) || b.version - a.version,
    );
    return {
      generatedAt: new Date().toISOString(),
      scoredAttempts: attempts.length,
      minResponsesForFlags: MIN_RESPONSES_FOR_FLAGS,
      items: rows,
      forms: await this.forms(delivered, bank),
    };
  }

  /**
   * KR-20 and SEM of each fixed template. Forms are drawn per attempt from the blueprint, so the
   * columns are blueprint slots (competency × level, in order); attempts with the most common slot
   * layout (the same position profile) form the matrix.
   */
  private async forms(delivered: readonly DeliveredResponse[], bank: ReadonlyMap<string, ItemEntity>): Promise<FormReliabilityRow[]> {
    const byTemplate = new Map<string, Map<string, DeliveredResponse[]>>();
    for (const d of delivered) {
      const attempts = byTemplate.get(d.templateId) ?? new Map<string, DeliveredResponse[]>();
      attempts.set(d.attemptId, [...(attempts.get(d.attemptId) ?? []), d]);
      byTemplate.set(d.templateId, attempts);
    }
    const out: FormReliabilityRow[] = [];
    for (const [templateId, attempts] of byTemplate) {
      const template = await this.templates.entity(templateId);
      if (template.mode !== 'fixed') continue;
      const layouts = new Map<string, number[][]>();
      for (const list of attempts.values()) {
        const slots = list
          .map((d) => ({ d, item: bank.get(d.itemId) }))
          .filter((x): x is { d: DeliveredResponse; item: ItemEntity } => !!x.item?.content.key)
          .sort(
            (x, y) =>
              x.item.competencyCode.localeCompare(y.item.competencyCode) || x.item.level - y.item.level || x.d.position - y.d.position,
          );
        const layout = slots.map((x) => `${x.item.competencyCode}:${x.item.level}`).join('|');
        const scores = slots.map((x) => answerCredit(x.item.content.key as NonNullable<ItemEntity['content']['key']>, x.d.answer));
        layouts.set(layout, [...(layouts.get(layout) ?? []), scores]);
      }
      const matrix = [...layouts.values()].sort((a, b) => b.length - a.length)[0] ?? [];
      const r = formReliability(matrix);
      out.push({ templateId, title: template.title, attempts: r.n, items: r.items, mean: r.mean, sd: r.sd, kr20: r.alpha, sem: r.sem });
    }
    return out;
  }
}

function chosenOptions(d: DeliveredResponse): (string | null)[] {
  const a = d.answer;
  if (!a) return [null];
  if (a.type === 'single_choice') return [a.choice];
  if (a.type === 'multiple_response') return a.choices.length ? a.choices : [null];
  return [];
}

/** Option shares of choice items; a distractor nobody picks is a flag. */
function distractorsOf(item: ItemEntity, chosen: readonly (string | null)[]): ItemStatisticsRow['distractors'] {
  const i = item.content.interaction;
  const key = item.content.key;
  if (i.type !== 'single_choice' && i.type !== 'multiple_response') return [];
  const keys = new Set(key?.type === 'single_choice' ? [key.correct] : key?.type === 'multiple_response' ? key.correct : []);
  const labels = new Map(i.options.map((o) => [o.id, o.text]));
  return distractorCounts(
    chosen,
    i.options.map((o) => o.id),
  ).map((c) => ({
    optionId: c.option,
    label: labels.get(c.option) ?? { en: c.option },
    isKey: keys.has(c.option),
    count: c.count,
    share: c.share,
  }));
}
