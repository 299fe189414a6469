import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Answer } from '@civics/contracts';

/** The latest answer to one item of one attempt; `seq` orders the client's saves. */
@Entity({ name: 'response' })
export class ResponseEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'jsonb', nullable: true })
  answer!: Answer | null;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'boolean' })
  flagged!: boolean;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}
