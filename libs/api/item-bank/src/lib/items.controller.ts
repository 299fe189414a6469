import { Controller } from '@nestjs/common';
import {
  type IdParam,
  type Item,
  type ItemCreate,
  type ItemImportReport,
  type ItemImportRequest,
  type ItemListQuery,
  ItemQualityRoutes,
  ItemRoutes,
  type ItemUpdate,
  type ReturnToReview,
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
import { ItemService } from './item.service';
import { ItemQtiService } from './item-qti.service';

@Controller()
export class ItemsController {
  constructor(
    private readonly items: ItemService,
    private readonly qti: ItemQtiService,
  ) {}

  @Endpoint(ItemRoutes.list)
  list(@ValidQuery(ItemRoutes.list) q: ItemListQuery): Promise<{ items: Item[]; total: number }> {
    return this.items.list(q);
  }

  @Endpoint(ItemRoutes.exportQti)
  exportQti(@ValidQuery(ItemRoutes.exportQti) q: ItemListQuery): Promise<{ files: { name: string; content: string }[] }> {
    return this.qti.export(q);
  }

  @Endpoint(ItemRoutes.importQti)
  importQti(
    @CurrentActor() actor: Actor,
    @ValidBody(ItemRoutes.importQti) body: ItemImportRequest,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<ItemImportReport> {
    return this.qti.import(actor, body, meta);
  }

  @Endpoint(ItemRoutes.create)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(ItemRoutes.create) body: ItemCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.create(actor, body, meta);
  }

  @Endpoint(ItemRoutes.get)
  get(@ValidParams(ItemRoutes.get) p: IdParam): Promise<Item> {
    return this.items.get(p.id);
  }

  @Endpoint(ItemRoutes.update)
  update(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemRoutes.update) p: IdParam,
    @ValidBody(ItemRoutes.update) body: ItemUpdate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.update(actor, p.id, body, meta);
  }

  @Endpoint(ItemQualityRoutes.returnToReview)
  returnToReview(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemQualityRoutes.returnToReview) p: IdParam,
    @ValidBody(ItemQualityRoutes.returnToReview) body: ReturnToReview,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.returnToReview(actor, p.id, body.reason, meta);
  }

  @Endpoint(ItemRoutes.review)
  review(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemRoutes.review) p: IdParam,
    @ValidBody(ItemRoutes.review) _b: unknown,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.transition(actor, p.id, 'review', meta);
  }

  @Endpoint(ItemRoutes.activate)
  activate(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemRoutes.activate) p: IdParam,
    @ValidBody(ItemRoutes.activate) _b: unknown,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.transition(actor, p.id, 'activate', meta);
  }

  @Endpoint(ItemRoutes.retire)
  retire(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemRoutes.retire) p: IdParam,
    @ValidBody(ItemRoutes.retire) _b: unknown,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Item> {
    return this.items.transition(actor, p.id, 'retire', meta);
  }
}
