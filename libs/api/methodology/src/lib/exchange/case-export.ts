import type { ContentText } from '@civics/contracts';
import { primaryText } from './content-text';
import {
  CASE_ITEM_TYPES,
  type CaseAssociation,
  type CaseItem,
  type CaseItemKind,
  type CaseItemType,
  type CaseLinkUri,
  type CasePackage,
} from './case-types';
import { CIVICS_EXTENSION, CIVICS_EXTENSION_FORMAT, type CivicsExtension } from './case-extension';
import { documentIdentifier, uuidV5 } from './deterministic-id';
import type { ExchangeVersion } from './exchange-version';

export interface ExportCaseOptions {
  /** Base of the CASE service, e.g. `https://example.gov.az/ims/case/v1p1` (no trailing slash needed). */
  baseUri: string;
  /** Overrides the identifier derived from code + version number. */
  documentId?: string;
  /** Written as `lastChangeDateTime` on every object; omitted when absent so exports stay identical. */
  lastChangeDateTime?: string;
  creator?: string;
  /** CASE adoption status; default `Draft`. */
  adoptionStatus?: string;
}

/** Language of the single-language CASE fields; other languages travel in `x-civics`. */
const PACKAGE_LANGUAGE = 'az';

/**
 * The version as an IMS CASE 1.1 package: the document, one item per area, competency and
 * indicator, `isChildOf` associations in framework order, and the `x-civics` extension with
 * what CASE lacks. Identifiers are name-based UUIDs, so repeated exports are identical.
 */
export function exportCase(v: ExchangeVersion, opts: ExportCaseOptions): CasePackage {
  const base = opts.baseUri.replace(/\/+$/, '');
  const docId = opts.documentId ?? documentIdentifier(v.code, v.versionNumber);
  const stamp = opts.lastChangeDateTime ? { lastChangeDateTime: opts.lastChangeDateTime } : {};
  const id = (name: string): string => uuidV5(docId, name);
  const link = (kind: string, identifier: string, title: string): CaseLinkUri => ({
    title,
    identifier,
    uri: `${base}/${kind}/${identifier}`,
  });
  const docTitle = primaryText(v.title);
  const docLink = link('CFDocuments', docId, docTitle);

  const itemTypes: CaseItemType[] = Object.values(CASE_ITEM_TYPES).map((t) => {
    const identifier = id(`item-type:${t.title}`);
    return {
      identifier,
      uri: `${base}/CFItemTypes/${identifier}`,
      title: t.title,
      description: t.description,
      hierarchyCode: t.hierarchyCode,
      typeCode: t.title,
      ...stamp,
    };
  });
  const typeLink = (kind: CaseItemKind): CaseLinkUri => {
    const t = itemTypes[Object.keys(CASE_ITEM_TYPES).indexOf(kind)];
    return { title: t.title, identifier: t.identifier, uri: t.uri };
  };

  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const translations: CivicsExtension['translations'] = { [docId]: { title: v.title } };
  const indicatorLevels: Record<string, number> = {};

  const addItem = (
    kind: CaseItemKind,
    identifier: string,
    fields: { code: string; title: ContentText; description?: ContentText; short?: ContentText; enumeration?: string },
  ): void => {
    const fullStatement = primaryText(fields.title);
    items.push({
      identifier,
      uri: `${base}/CFItems/${identifier}`,
      fullStatement,
      abbreviatedStatement: primaryText(fields.short ?? fields.title),
      humanCodingScheme: fields.code,
      ...(fields.enumeration ? { listEnumeration: fields.enumeration } : {}),
      ...(fields.description ? { notes: primaryText(fields.description) } : {}),
      language: PACKAGE_LANGUAGE,
      CFItemType: CASE_ITEM_TYPES[kind].title,
      CFItemTypeURI: typeLink(kind),
      CFDocumentURI: docLink,
      ...stamp,
    });
    translations[identifier] = { fullStatement: fields.title, ...(fields.description ? { notes: fields.description } : {}) };
  };
  const addChild = (child: string, childTitle: string, parent: CaseLinkUri, sequenceNumber: number): void => {
    const identifier = id(`isChildOf:${child}:${parent.identifier}`);
    associations.push({
      identifier,
      uri: `${base}/CFAssociations/${identifier}`,
      associationType: 'isChildOf',
      sequenceNumber,
      originNodeURI: link('CFItems', child, childTitle),
      destinationNodeURI: parent,
      CFDocumentURI: docLink,
      ...stamp,
    });
  };

  v.content.areas.forEach((area, a) => {
    const areaId = id(`area:${area.code}`);
    addItem('area', areaId, { code: area.code, title: area.title, description: area.description });
    addChild(areaId, primaryText(area.title), docLink, a + 1);
    area.competencies.forEach((competency, c) => {
      const competencyId = id(`competency:${competency.code}`);
      addItem('competency', competencyId, { code: competency.code, title: competency.title, description: competency.description });
      addChild(competencyId, primaryText(competency.title), link('CFItems', areaId, primaryText(area.title)), c + 1);
      competency.indicators.forEach((indicator, i) => {
        const indicatorId = id(`indicator:${competency.code}:${i + 1}`);
        const label = v.content.scale.find((s) => s.level === indicator.level)?.label;
        addItem('indicator', indicatorId, {
          code: `${competency.code}.L${indicator.level}`,
          title: indicator.text,
          short: label,
          enumeration: String(indicator.level),
        });
        addChild(indicatorId, primaryText(indicator.text), link('CFItems', competencyId, primaryText(competency.title)), i + 1);
        indicatorLevels[indicatorId] = indicator.level;
      });
    });
  });

  const extension: CivicsExtension = {
    formatVersion: CIVICS_EXTENSION_FORMAT,
    code: v.code,
    versionNumber: v.versionNumber,
    translations,
    scale: structuredClone(v.content.scale),
    indicatorLevels,
    positionProfiles: structuredClone(v.content.positionProfiles),
    attestationRules: { ...v.content.attestationRules },
    scoringRule: structuredClone(v.content.scoringRule),
  };
  return {
    CFDocument: {
      identifier: docId,
      uri: docLink.uri,
      creator: opts.creator ?? 'civics',
      title: docTitle,
      ...stamp,
      version: String(v.versionNumber),
      language: PACKAGE_LANGUAGE,
      adoptionStatus: opts.adoptionStatus ?? 'Draft',
      caseVersion: '1.1',
      CFPackageURI: link('CFPackages', docId, docTitle),
      extensions: { [CIVICS_EXTENSION]: extension },
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
  };
}
