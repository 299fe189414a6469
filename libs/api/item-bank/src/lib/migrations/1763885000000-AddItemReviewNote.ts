import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddItemReviewNote1763885000000 implements MigrationInterface {
  name = 'AddItemReviewNote1763885000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE item ADD COLUMN review_note text NULL`);
    // Non-finite parameters cannot be stored: JSON has no Infinity or NaN, and a missing or null a/b is refused here.
    await q.query(`
      ALTER TABLE item ADD CONSTRAINT ck_item_irt_finite CHECK (
        irt IS NULL OR (jsonb_typeof(irt->'a') = 'number' AND jsonb_typeof(irt->'b') = 'number' AND (irt->>'a')::float8 > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE item DROP CONSTRAINT ck_item_irt_finite`);
    await q.query(`ALTER TABLE item DROP COLUMN review_note`);
  }
}
