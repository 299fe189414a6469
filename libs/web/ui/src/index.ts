export * from './lib/icon/icon';
export * from './lib/icon/icon-paths';
export * from './lib/key-value-list/key-value-list';
export * from './lib/charts/radar-chart';
export * from './lib/charts/scatter-chart';
export * from './lib/charts/bar-chart';
export * from './lib/charts/line-chart';
