import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { MethodologyModule } from '@civics/api-methodology';
import { ItemRepository } from './item.repository';
import { ItemService } from './item.service';
import { ItemQtiService } from './item-qti.service';
import { ItemsController } from './items.controller';
import { DemoItemsSeeder } from './demo-items.seeder';
import { ItemEntity } from './item.entity';
import { AddItemReviewNote1763885000000 } from './migrations/1763885000000-AddItemReviewNote';
import { CreateItemBank1763883000000 } from './migrations/1763883000000-CreateItemBank';

export const ITEM_BANK_ENTITIES = [ItemEntity];
export const ITEM_BANK_MIGRATIONS = [CreateItemBank1763883000000, AddItemReviewNote1763885000000];

@Module({
  imports: [MethodologyModule],
  controllers: [ItemsController],
  providers: [ItemRepository, ItemService, ItemQtiService, DemoItemsSeeder],
  exports: [ItemService, ItemRepository],
})
export class ItemBankModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoItemsSeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
