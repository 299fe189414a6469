import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One e-mail in the outbox (the repository speaks SQL; this registers the table). */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId!: string | null;
  @Column({ name: 'to_address', type: 'text' }) toAddress!: string;
  @Column({ type: 'text' }) language!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'dedupe_key', type: 'text', nullable: true }) dedupeKey!: string | null;
  @Column({ type: 'text' }) subject!: string;
  @Column({ name: 'body_text', type: 'text' }) bodyText!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', nullable: true }) transport!: string | null;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'file_path', type: 'text', nullable: true }) filePath!: string | null;
  @Column({ name: 'attachment_name', type: 'text', nullable: true }) attachmentName!: string | null;
  @Column({ name: 'attachment_type', type: 'text', nullable: true }) attachmentType!: string | null;
  @Column({ type: 'bytea', nullable: true }) attachment!: Buffer | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
