import { Controller } from '@nestjs/common';
import { IdentityRoutes, type Organisation, type OrganisationCreate } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody } from '@civics/api-platform';
import { OrganisationService } from './organisation.service';

@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Endpoint(IdentityRoutes.listOrganisations)
  list(@CurrentActor() actor: Actor): Promise<Organisation[]> {
    return this.organisations.list(actor);
  }

  @Endpoint(IdentityRoutes.createOrganisation)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(IdentityRoutes.createOrganisation) body: OrganisationCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Organisation> {
    return this.organisations.create(actor, body, meta);
  }
}
