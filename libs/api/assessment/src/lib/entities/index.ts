import { AssessmentTemplateEntity } from './assessment-template.entity';
import { AttemptEntity } from './attempt.entity';
import { AttemptItemEntity } from './attempt-item.entity';
import { ResponseEntity } from './response.entity';
import { AttemptResultEntity } from './attempt-result.entity';
import { CompetencyMeasurementEntity } from './competency-measurement.entity';
import { CalibrationRunEntity } from './calibration-run.entity';

export {
  AssessmentTemplateEntity,
  AttemptEntity,
  AttemptItemEntity,
  ResponseEntity,
  AttemptResultEntity,
  CompetencyMeasurementEntity,
  CalibrationRunEntity,
};
export const ASSESSMENT_ENTITIES = [
  AssessmentTemplateEntity,
  AttemptEntity,
  AttemptItemEntity,
  ResponseEntity,
  AttemptResultEntity,
  CompetencyMeasurementEntity,
  CalibrationRunEntity,
];
