import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '@civics/contracts';

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'personal_code', type: 'text' })
  personalCode!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'preferred_language', type: 'text' })
  preferredLanguage!: Language;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'position_code', type: 'text' })
  positionCode!: string;

  @Column({ name: 'position_title', type: 'text' })
  positionTitle!: string;

  @Column({ name: 'hired_on', type: 'date', nullable: true })
  hiredOn!: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
