export * from './exchange-version';
export type { CaseAssociation, CaseDocument, CaseItem, CaseItemType, CaseLinkUri, CasePackage } from './case-types';
export { CIVICS_EXTENSION, type CivicsExtension } from './case-extension';
export { exportCase, type ExportCaseOptions } from './case-export';
export { importCase } from './case-import';
export { exportCsv } from './csv-export';
export { importCsv, type ImportCsvOptions } from './csv-import';
export type { ImportProblemCode } from './import-problems';
