import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@civics/contracts';
import { AccountEntity } from './account.entity';

@Entity({ name: 'account_role' })
export class AccountRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, (a) => a.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_account_role_account' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'scope_organisation_id', type: 'uuid', nullable: true })
  scopeOrganisationId!: string | null;

  @Column({ name: 'scope_provider_id', type: 'uuid', nullable: true })
  scopeProviderId!: string | null;
}
