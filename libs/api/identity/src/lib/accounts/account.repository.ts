import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity, AccountRoleEntity } from '../entities';

@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(AccountEntity);
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo.findOne({ where: { id }, relations: { roles: true } });
  }

  /** By user name or e-mail, case-insensitively. */
  findByLogin(login: string): Promise<AccountEntity | null> {
    return this.repo
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.roles', 'r')
      .where('lower(a.username) = lower(:login) OR lower(a.email) = lower(:login)', { login })
      .getOne();
  }

  findByOidc(issuer: string, subject: string): Promise<AccountEntity | null> {
    return this.repo.findOne({ where: { oidcIssuer: issuer, oidcSubject: subject }, relations: { roles: true } });
  }

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.repo.createQueryBuilder('a').leftJoinAndSelect('a.roles', 'r').where('lower(a.email) = lower(:email)', { email }).getOne();
  }

  all(): Promise<AccountEntity[]> {
    return this.repo.find({ relations: { roles: true }, order: { username: 'ASC' } });
  }

  async insert(account: AccountEntity, roles: Omit<AccountRoleEntity, 'id' | 'accountId' | 'account'>[]): Promise<AccountEntity> {
    return this.ds.transaction(async (m) => {
      await m.insert(AccountEntity, { ...account, roles: undefined });
      for (const r of roles) await m.insert(AccountRoleEntity, { ...r, accountId: account.id });
      return (await m.findOne(AccountEntity, { where: { id: account.id }, relations: { roles: true } })) as AccountEntity;
    });
  }

  async replaceRoles(accountId: string, roles: Omit<AccountRoleEntity, 'id' | 'accountId' | 'account'>[]): Promise<AccountEntity> {
    return this.ds.transaction(async (m) => {
      await m.delete(AccountRoleEntity, { accountId });
      for (const r of roles) await m.insert(AccountRoleEntity, { ...r, accountId });
      return (await m.findOne(AccountEntity, { where: { id: accountId }, relations: { roles: true } })) as AccountEntity;
    });
  }

  async setPasswordHash(accountId: string, hash: string): Promise<void> {
    await this.repo.update({ id: accountId }, { passwordHash: hash });
  }

  async linkOidc(accountId: string, issuer: string, subject: string): Promise<void> {
    await this.repo.update({ id: accountId }, { oidcIssuer: issuer, oidcSubject: subject });
  }
}
