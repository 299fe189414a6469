import { Injectable } from '@nestjs/common';
import { type Actor, hasRole, NotFoundException } from '@civics/api-platform';
import { OrganisationRepository } from '../organisations/organisation.repository';

/**
 * Who may see which organisation and person. Administrators see everything; an HR officer
 * sees the subtrees of their scope organisations; everyone sees their own person record.
 * Objects outside the caller's scope are reported as not found, never as forbidden, so
 * their existence is not disclosed.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** Roots of the organisation subtrees the actor manages; null means all. */
  organisationRoots(actor: Actor): string[] | null {
    if (hasRole(actor, 'administrator')) return null;
    return actor.grants.filter((g) => g.role === 'hr_officer' && g.scopeOrganisationId).map((g) => g.scopeOrganisationId as string);
  }

  async canManageOrganisation(actor: Actor, organisationId: string): Promise<boolean> {
    const roots = this.organisationRoots(actor);
    if (roots === null) return !!(await this.organisations.findById(organisationId));
    return this.organisations.inSubtree(organisationId, roots);
  }

  async assertPersonVisible(actor: Actor, person: { id: string; organisationId: string }): Promise<void> {
    if (actor.personId === person.id) return;
    if (!(await this.canManageOrganisation(actor, person.organisationId))) throw new NotFoundException('The person');
  }
}
