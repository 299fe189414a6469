import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WEB_LANGUAGES } from '../api/api-paths';
import { flattenTranslations } from './translation-tables';

/**
 * The translation check of `npm test` (beside translation-files.spec.ts, which holds every key in
 * every language with the same placeholders): every key of the translation files is used by the web app's
 * code, and every key the code names literally exists in az, ru and en. Keys built at run time
 * (`'exam.status.' + status`, `` `roles.${role}` ``) are allowed only under the prefixes listed
 * in DYNAMIC_PREFIXES, so a new dynamic key family has to be declared here on purpose.
 */
const ROOT = join(__dirname, '../../../../../..');
const I18N_DIR = join(ROOT, 'apps/web/public/i18n');
const SOURCE_DIRS = [join(ROOT, 'apps/web/src'), join(ROOT, 'libs/web')];

/** Key families the code completes at run time (an enum value, a role, an error code, a month). */
const DYNAMIC_PREFIXES = [
  'analytics.attestation.',
  'analytics.reports.deliveries.',
  'analytics.roster.columns.',
  'analytics.roster.errors.',
  'analytics.roster.statuses.',
  'analytics.training.',
  'attestation.candidateStatus.',
  'attestation.certificateStatus.',
  'attestation.due.',
  'attestation.errors.',
  'attestation.mail.status.',
  'attestation.months.m',
  'attestation.outcome.',
  'attestation.pipeline.',
  'attestation.reason.',
  'attestation.revocation.',
  'attestation.role.',
  'attestation.sessionStatus.',
  'attestation.verify.problem.',
  'attestation.verify.status.',
  'errors.field.',
  'exam.mode.',
  'exam.navigation.',
  'exam.purpose.',
  'exam.review.outcome.',
  'exam.startError.',
  'exam.status.',
  'exam.trail.outcome.',
  'exam.trail.reason.',
  'items.actions.',
  'items.calibration.state.',
  'items.confirm.',
  'items.errors.',
  'items.fieldErrors.',
  'items.key.hint.',
  'items.problems.',
  'items.quality.flag.',
  'items.status.',
  'items.types.',
  'languages.',
  'methodology.diff.kind.',
  'methodology.diff.part.',
  'methodology.errors.',
  'methodology.legal.type.',
  'methodology.rules.',
  'methodology.status.',
  'privacy.action.',
  'roleHome.',
  'roles.',
  'training.courseStatus.',
  'training.enrolment.',
  'training.formats.',
  'training.library.kinds.',
  'training.plan.statuses.',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'node_modules' ? [] : sourceFiles(path);
    }
    const isSource = /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) && name !== 'test-setup.ts';
    return isSource ? [path] : [];
  });
}

const tables = Object.fromEntries(
  WEB_LANGUAGES.map((language) => [language, flattenTranslations(JSON.parse(readFileSync(join(I18N_DIR, `${language}.json`), 'utf8')))]),
);
const allKeys = [...new Set(Object.values(tables).flatMap((t) => Object.keys(t)))].sort();
const sections = new Set(allKeys.map((k) => k.split('.')[0]));
const sources = SOURCE_DIRS.flatMap(sourceFiles).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

const KEY = String.raw`[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+`;
/** Every quoted text shaped like a key: used when it is a key, whatever passes it to t(). */
const quoted = new Set(sources.flatMap(({ text }) => [...text.matchAll(new RegExp(`['"\`](${KEY})['"\`]`, 'g'))].map((m) => m[1])));
/** Keys named where only a key can stand: t('…'), '…' | t, and the key fields of route and nav tables. */
const named = sources.flatMap(({ path, text }) =>
  [
    ...text.matchAll(new RegExp(String.raw`\bt\(\s*['"\`](${KEY})['"\`]`, 'g')),
    ...text.matchAll(new RegExp(String.raw`['"](${KEY})['"]\s*\|\s*t\b`, 'g')),
    ...text.matchAll(new RegExp(String.raw`\b(?:labelKey|navKey|titleKey|title)\s*:\s*['"](${KEY})['"]`, 'g')),
  ].map((m) => ({ path, key: m[1] })),
);
/** Prefixes of keys built at run time: `'a.b.' + x` and `` `a.b.${x}` ``. */
const built = sources.flatMap(({ path, text }) =>
  [
    ...text.matchAll(/['"]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.)['"]\s*\+/g),
    ...text.matchAll(/`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]*)*)\$\{/g),
  ]
    .map((m) => ({ path, prefix: m[1] }))
    .filter(({ prefix }) => sections.has(prefix.split('.')[0]) && prefix.includes('.')),
);

describe('translation check', () => {
  afterAll(() => {
    process.stdout.write(`translation check: ${allKeys.length} keys × ${WEB_LANGUAGES.length} languages checked\n`);
  });

  it('finds the web sources and the keys', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(allKeys.length).toBeGreaterThan(500);
    expect(named.length).toBeGreaterThan(500);
    expect(built.length).toBeGreaterThan(DYNAMIC_PREFIXES.length);
  });

  it('every key the code names exists', () => {
    const missing = named.filter(({ key }) => sections.has(key.split('.')[0]) && !allKeys.includes(key));
    expect(missing.map(({ path, key }) => `${path}: ${key}`)).toEqual([]);
  });

  it('every key is used by the code, literally or under a declared dynamic prefix', () => {
    const unused = allKeys.filter((key) => !quoted.has(key) && !DYNAMIC_PREFIXES.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('every key built at run time has its prefix declared', () => {
    const undeclared = built.filter(({ prefix }) => !DYNAMIC_PREFIXES.some((p) => prefix.startsWith(p)));
    expect(undeclared.map(({ path, prefix }) => `${path}: ${prefix}…`)).toEqual([]);
  });

  it('every declared prefix is built somewhere and has keys', () => {
    const stale = DYNAMIC_PREFIXES.filter(
      (p) => !built.some(({ prefix }) => prefix.startsWith(p)) || !allKeys.some((k) => k.startsWith(p)),
    );
    expect(stale).toEqual([]);
  });
});
