export * from './framework-content.types';
export * from './framework-v1.content';
export { FRAMEWORK_V1_COMPETENCY_CODES, FRAMEWORK_V1_POSITION_PROFILES } from './framework-v1.profiles';
export type { FrameworkV1CompetencyCode } from './framework-v1.profiles';
export { FRAMEWORK_V1_SCALE } from './framework-v1.scale';
