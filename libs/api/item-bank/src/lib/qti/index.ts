export { parseQtiItem } from './qti-parse';
export { toQtiItem } from './qti-write';
export type { QtiDefaults, QtiParseResult, QtiProblem } from './qti-types';
