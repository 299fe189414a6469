import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Table mappings of the credentials feature (the repository speaks SQL; these register the tables). */

@Entity({ name: 'certificate_status_list' })
export class CertificateStatusListEntity {
  @PrimaryColumn({ type: 'int' }) id!: number;
  @Column({ type: 'text' }) purpose!: string;
  @Column({ type: 'int' }) size!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'certificate' })
export class CertificateEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) serial!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ name: 'holder_name', type: 'text' }) holderName!: string;
  @Column({ name: 'source_id', type: 'uuid' }) sourceId!: string;
  @Column({ name: 'source_round', type: 'int' }) sourceRound!: number;
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId!: string | null;
  @Column({ type: 'text' }) outcome!: string;
  @Column({ type: 'jsonb', nullable: true }) note!: unknown;
  @Column({ name: 'methodology_version_id', type: 'uuid' }) methodologyVersionId!: string;
  @Column({ name: 'position_code', type: 'text', nullable: true }) positionCode!: string | null;
  @Column({ type: 'jsonb' }) competencies!: unknown;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'valid_until', type: 'date' }) validUntil!: string;
  @Column({ name: 'key_id', type: 'text' }) keyId!: string;
  @Column({ type: 'text' }) jws!: string;
  @Column({ name: 'status_list_id', type: 'int' }) statusListId!: number;
  @Column({ name: 'status_index', type: 'int' }) statusIndex!: number;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revocation_reason', type: 'text', nullable: true }) revocationReason!: string | null;
  @Column({ name: 'revocation_note', type: 'text', nullable: true }) revocationNote!: string | null;
  @Column({ name: 'revoked_by_account_id', type: 'uuid', nullable: true }) revokedByAccountId!: string | null;
}

export const CREDENTIALS_ENTITIES = [CertificateStatusListEntity, CertificateEntity];
