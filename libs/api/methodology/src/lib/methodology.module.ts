import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { MethodologyRepository } from './methodology.repository';
import { MethodologyService } from './methodology.service';
import { MethodologyController } from './methodology.controller';
import { MethodologyExchangeService } from './methodology-exchange.service';
import { DemoMethodologySeeder } from './demo-methodology.seeder';
import { MethodologyVersionEntity } from './methodology-version.entity';
import { CreateMethodologyVersion1763882000000 } from './migrations/1763882000000-CreateMethodologyVersion';

export const METHODOLOGY_ENTITIES = [MethodologyVersionEntity];
export const METHODOLOGY_MIGRATIONS = [CreateMethodologyVersion1763882000000];

@Module({
  controllers: [MethodologyController],
  providers: [MethodologyRepository, MethodologyService, MethodologyExchangeService, DemoMethodologySeeder],
  exports: [MethodologyService],
})
export class MethodologyModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoMethodologySeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
