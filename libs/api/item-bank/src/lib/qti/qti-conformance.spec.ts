import type { Answer, AnswerKey, ItemContent } from '@civics/contracts';
import { answerCredit } from '@civics/domain';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseQtiItem } from './qti-parse';

/** The QTI 3.0 conformance samples live beside the repo (../shared/fixtures/qti3), as in CI. */
function findFixtures(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'fixtures', 'qti3');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '../../../../../../../shared/fixtures/qti3');
  }
}

const dir = findFixtures();
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
  : [];
const run = existsSync(dir) ? describe : describe.skip;
if (!existsSync(dir)) console.log(`QTI conformance: skipped, ${dir} not found`);

/** A full-credit answer straight from the key, and one that misses. */
function answers(key: AnswerKey, content: ItemContent): { correct: Answer; wrong: Answer } {
  const it = content.interaction;
  const ids = it.type === 'single_choice' || it.type === 'multiple_response' || it.type === 'ordering' ? it.options.map((o) => o.id) : [];
  switch (key.type) {
    case 'single_choice':
      return {
        correct: { type: 'single_choice', choice: key.correct },
        wrong: {
          type: 'single_choice',
          choice: ids.find((id) => id !== key.correct) as string,
        },
      };
    case 'multiple_response':
      return {
        correct: { type: 'multiple_response', choices: key.correct },
        wrong: {
          type: 'multiple_response',
          choices: ids.filter((id) => !key.correct.includes(id)),
        },
      };
    case 'true_false':
      return {
        correct: { type: 'true_false', value: key.correct },
        wrong: { type: 'true_false', value: !key.correct },
      };
    case 'ordering':
      return {
        correct: { type: 'ordering', order: key.order },
        wrong: { type: 'ordering', order: [...key.order].reverse() },
      };
    case 'matching':
      return {
        correct: { type: 'matching', pairs: key.pairs },
        wrong: { type: 'matching', pairs: [] },
      };
    case 'numeric':
      return {
        correct: { type: 'numeric', value: key.value },
        wrong: { type: 'numeric', value: key.value + key.tolerance + 1 },
      };
    case 'short_text':
      return {
        correct: { type: 'short_text', text: key.accepted[0] },
        wrong: { type: 'short_text', text: 'not-an-accepted-answer' },
      };
  }
}

run('QTI 3.0 conformance samples', () => {
  const defaults = { competencyCode: 'DF1', level: 1, language: 'en' as const };
  const results = files.map((file) => ({
    file,
    result: parseQtiItem(readFileSync(path.join(dir, file), 'utf8'), file, defaults),
  }));

  afterAll(() => {
    const imported = results.filter((r) => r.result.ok);
    const scorable = imported.filter((r) => r.result.ok && !r.result.needsKey).length;
    console.log(
      `QTI conformance: ${files.length} files, ${imported.length} imported, ${scorable} scorable, ${imported.length - scorable} needing a key`,
    );
  });

  it('finds sample files', () => expect(files.length).toBeGreaterThan(0));

  // A skipped describe still collects its tests, and it.each refuses an empty table.
  it.each(files.length ? files : ['(none)'])('%s imports, and scores or asks for a key', (file) => {
    const { result } = results.find((r) => r.file === file) as (typeof results)[number];
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
    const { key } = result.content;
    if (result.needsKey) {
      expect(key).toBeNull();
      return;
    }
    if (!key) throw new Error(`${file}: no key but needsKey is false`);
    const { correct, wrong } = answers(key, result.content);
    expect(answerCredit(key, correct)).toBe(1);
    expect(answerCredit(key, wrong)).toBeLessThan(1);
  });
});
