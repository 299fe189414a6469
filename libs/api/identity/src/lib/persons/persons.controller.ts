import { Controller } from '@nestjs/common';
import {
  type IdParam,
  IdentityRoutes,
  type Person,
  type PersonCreate,
  type PersonListQuery,
  type PersonReadQuery,
  type PersonUpdate,
} from '@civics/contracts';
import {
  type Actor,
  CurrentActor,
  CurrentRequestMeta,
  Endpoint,
  type RequestMeta,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@civics/api-platform';
import { PersonService } from './person.service';

@Controller()
export class PersonsController {
  constructor(private readonly persons: PersonService) {}

  @Endpoint(IdentityRoutes.listPersons)
  list(
    @CurrentActor() actor: Actor,
    @ValidQuery(IdentityRoutes.listPersons) query: PersonListQuery,
  ): Promise<{ items: Person[]; total: number }> {
    return this.persons.list(actor, query);
  }

  @Endpoint(IdentityRoutes.getPerson)
  get(
    @CurrentActor() actor: Actor,
    @ValidParams(IdentityRoutes.getPerson) params: IdParam,
    @ValidQuery(IdentityRoutes.getPerson) query: PersonReadQuery,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Person> {
    return this.persons.get(actor, params.id, query.purpose, meta);
  }

  @Endpoint(IdentityRoutes.createPerson)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(IdentityRoutes.createPerson) body: PersonCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Person> {
    return this.persons.create(actor, body, meta);
  }

  @Endpoint(IdentityRoutes.updatePerson)
  update(
    @CurrentActor() actor: Actor,
    @ValidParams(IdentityRoutes.updatePerson) params: IdParam,
    @ValidBody(IdentityRoutes.updatePerson) body: PersonUpdate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Person> {
    return this.persons.update(actor, params.id, body, meta);
  }
}
