import { MethodologyContentSchema } from '@civics/contracts';
import { FRAMEWORK_V1_CONTENT as c } from '../../seed';
import type { ExchangeVersion } from '../exchange-version';

/** The seed version 1 as an exchange version (parsed, so it has the contract's mutable types). */
export function seedVersion(): ExchangeVersion {
  const content = MethodologyContentSchema.parse({
    scale: c.scale,
    areas: c.areas,
    positionProfiles: c.positionProfiles,
    attestationRules: c.attestationRules,
    scoringRule: c.scoringRule,
  });
  return { code: c.code, title: { ...c.title }, versionNumber: c.version, content };
}
