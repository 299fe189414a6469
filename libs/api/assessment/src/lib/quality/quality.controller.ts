import { Controller } from '@nestjs/common';
import {
  type CalibrationDecision,
  type CalibrationReadiness,
  type CalibrationRun,
  type CalibrationRunInput,
  type IdParam,
  ItemQualityRoutes,
  type ItemStatisticsQuery,
  type ItemStatisticsReport,
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
import { ItemStatisticsService } from './item-statistics.service';
import { CalibrationService } from './calibration.service';

@Controller()
export class QualityController {
  constructor(
    private readonly statistics: ItemStatisticsService,
    private readonly calibration: CalibrationService,
  ) {}

  @Endpoint(ItemQualityRoutes.statistics)
  itemStatistics(@ValidQuery(ItemQualityRoutes.statistics) q: ItemStatisticsQuery): Promise<ItemStatisticsReport> {
    return this.statistics.report(q);
  }

  @Endpoint(ItemQualityRoutes.calibrationReadiness)
  readiness(): Promise<CalibrationReadiness> {
    return this.calibration.readiness();
  }

  @Endpoint(ItemQualityRoutes.listCalibrations)
  list(): Promise<CalibrationRun[]> {
    return this.calibration.list();
  }

  @Endpoint(ItemQualityRoutes.runCalibration)
  run(
    @CurrentActor() actor: Actor,
    @ValidBody(ItemQualityRoutes.runCalibration) body: CalibrationRunInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<CalibrationRun> {
    return this.calibration.run(actor, body.competencyCode, meta);
  }

  @Endpoint(ItemQualityRoutes.getCalibration)
  get(@ValidParams(ItemQualityRoutes.getCalibration) p: IdParam): Promise<CalibrationRun> {
    return this.calibration.get(p.id);
  }

  @Endpoint(ItemQualityRoutes.acceptCalibration)
  accept(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemQualityRoutes.acceptCalibration) p: IdParam,
    @ValidBody(ItemQualityRoutes.acceptCalibration) body: CalibrationDecision,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<CalibrationRun> {
    return this.calibration.accept(actor, p.id, body.comment, meta);
  }

  @Endpoint(ItemQualityRoutes.rejectCalibration)
  reject(
    @CurrentActor() actor: Actor,
    @ValidParams(ItemQualityRoutes.rejectCalibration) p: IdParam,
    @ValidBody(ItemQualityRoutes.rejectCalibration) body: CalibrationDecision,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<CalibrationRun> {
    return this.calibration.reject(actor, p.id, body.comment, meta);
  }
}
