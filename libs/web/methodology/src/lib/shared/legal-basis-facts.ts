import type { Language, LegalBasis } from '@civics/contracts';
import { localize } from '@civics/web-core';

export interface Fact {
  readonly label: string;
  readonly value: string;
}

type Translate = (key: string) => string;

/** The legal basis of a version as labelled facts (document, issuer, citation) in `language`. */
export function legalBasisFacts(basis: LegalBasis | null, effectiveDate: string | null, language: Language, t: Translate): Fact[] {
  if (!basis) {
    return [];
  }
  const facts: Fact[] = [
    {
      label: t('methodology.legal.document'),
      value: `${t('methodology.legal.type.' + basis.documentType)} № ${basis.number}, ${basis.date}`,
    },
    { label: t('methodology.legal.issuer'), value: localize(basis.issuer, language).text },
  ];
  const citation = localize(basis.citation, language).text;
  if (citation) {
    facts.push({ label: t('methodology.legal.citation'), value: citation });
  }
  if (effectiveDate) {
    facts.push({ label: t('methodology.legal.effectiveDate'), value: effectiveDate });
  }
  return facts;
}
