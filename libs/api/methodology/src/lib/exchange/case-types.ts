/**
 * The subset of IMS CASE 1.1 JSON (CFPackage) that the exchange writes and reads.
 * Field names follow the CASE 1.1 binding; optional ones may be absent in packages of other tools.
 */

/** A link to another CASE object (CASE `LinkURI`). */
export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime?: string;
  version?: string;
  language?: string;
  adoptionStatus?: string;
  caseVersion?: string;
  CFPackageURI?: CaseLinkUri;
  /** CASE 1.1 extension point; ours is `x-civics` (README.md). */
  extensions?: Record<string, unknown>;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  notes?: string;
  language?: string;
  CFItemType?: string;
  CFItemTypeURI?: CaseLinkUri;
  CFDocumentURI?: CaseLinkUri;
  lastChangeDateTime?: string;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: string;
  sequenceNumber?: number;
  originNodeURI: CaseLinkUri;
  destinationNodeURI: CaseLinkUri;
  CFDocumentURI?: CaseLinkUri;
  lastChangeDateTime?: string;
}

export interface CaseItemType {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode?: string;
  lastChangeDateTime?: string;
}

export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions?: { CFItemTypes?: CaseItemType[] };
}

/** Item types written by the export (read back only through the structure, not the type). */
export const CASE_ITEM_TYPES = {
  area: { title: 'Area', hierarchyCode: '1', description: 'Area of competencies' },
  competency: { title: 'Competency', hierarchyCode: '2', description: 'Competency with one behavioural indicator per level' },
  indicator: { title: 'Indicator', hierarchyCode: '3', description: 'Behavioural indicator of a competency at one proficiency level' },
} as const;
export type CaseItemKind = keyof typeof CASE_ITEM_TYPES;
