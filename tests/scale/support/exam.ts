import type { HttpClient, HttpResult } from '../../integration/support/http-client';
import { type DeliveredItem, levelOf } from '../../integration/assessment/support';

export interface ExamRun {
  /** The result as the candidate reads it after submitting. */
  readonly result: any;
  /** X-Instance of every response, in order (who served each request). */
  readonly servedBy: string[];
  readonly attemptId: string;
}

/**
 * One whole exam as a candidate sits it: start, read the attempt, answer every item (correct,
 * except the first level-2 item of each competency), submit, read the result — each a separate
 * request. The answers depend only on the items, so two runs on the same form earn the same.
 */
export async function sitExam(candidate: HttpClient, templateId: string): Promise<ExamRun> {
  const servedBy: string[] = [];
  const seen = <T>(r: HttpResult<T>, expected: number): HttpResult<T> => {
    servedBy.push(r.headers.get('x-instance') ?? '(none)');
    if (r.status !== expected) throw new Error(`expected ${expected}, got ${r.status}: ${r.text}`);
    return r;
  };
  const started = seen(await candidate.post('/api/attempts', { templateId }), 201).body as { id: string };
  const attempt = seen(await candidate.get(`/api/attempts/${started.id}`), 200).body as { items: DeliveredItem[] };
  const wrongIn = new Set<string>();
  let seq = 1;
  for (const item of attempt.items) {
    const competency = /on (\w+) at level/.exec(item.stem.en)?.[1] ?? '';
    let choice = 'b';
    if (levelOf(item) === 2 && !wrongIn.has(competency)) {
      wrongIn.add(competency);
      choice = 'a';
    }
    const saved = seen(
      await candidate.put(`/api/attempts/${started.id}/responses/${item.itemId}`, {
        answer: { type: 'single_choice', choice },
        seq: seq++,
      }),
      200,
    );
    if (!(saved.body as { applied: boolean }).applied) throw new Error(`save of ${item.itemId} not applied`);
  }
  seen(await candidate.post(`/api/attempts/${started.id}/submit`), 200);
  const result = seen(await candidate.get(`/api/attempts/${started.id}/result`), 200).body;
  return { result, servedBy, attemptId: started.id };
}

/** How often consecutive requests were served by different replicas. */
export function switches(servedBy: readonly string[]): number {
  let n = 0;
  for (let i = 1; i < servedBy.length; i++) if (servedBy[i] !== servedBy[i - 1]) n++;
  return n;
}

/** The parts of a result that must not depend on which replica scored it. */
export function comparable(result: any): unknown {
  return {
    status: result.status,
    methodologyVersionId: result.methodologyVersionId,
    complianceIndex: result.complianceIndex,
    fullyCompliant: result.fullyCompliant,
    competencies: [...result.competencies]
      .map(({ competencyCode, achievedLevel, earned, possible, requiredLevel, gap }: any) => ({
        competencyCode,
        achievedLevel,
        earned,
        possible,
        requiredLevel,
        gap,
      }))
      .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode)),
    credits: [...result.review].map((r: any) => r.credit as number).sort((a, b) => a - b),
  };
}
