import type { ItemQualityRoutes } from '@civics/contracts';

type PathOf<R extends { readonly path: string }> = R['path'];

/** Item-quality and calibration API paths, checked against the contracts' route table by the compiler. */
export const QualityPaths = {
  statistics: '/api/items/statistics',
  returnToReview: '/api/items/:id/return-to-review',
  calibrationReadiness: '/api/calibration/competencies',
  listCalibrations: '/api/calibration/runs',
  runCalibration: '/api/calibration/runs',
  getCalibration: '/api/calibration/runs/:id',
  acceptCalibration: '/api/calibration/runs/:id/accept',
  rejectCalibration: '/api/calibration/runs/:id/reject',
} as const satisfies { [K in keyof typeof ItemQualityRoutes]: PathOf<(typeof ItemQualityRoutes)[K]> };
