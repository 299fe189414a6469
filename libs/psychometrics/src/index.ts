// Public API of @civics/psychometrics: IRT models, θ estimation, adaptive testing, classical item
// analysis, 2PL calibration and simulation. Pure TypeScript, no framework or Node APIs.
export * from './lib/random';
export * from './lib/irt-models';
export * from './lib/quadrature';
export * from './lib/eap';
export * from './lib/mle';
export * from './lib/item-selection';
export * from './lib/stopping';
export * from './lib/adaptive-engine';
export * from './lib/item-analysis';
export * from './lib/calibration-em';
export * from './lib/simulation';
export * from './lib/item-fit';
