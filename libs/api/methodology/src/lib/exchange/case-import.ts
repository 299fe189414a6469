import {
  CODE_PATTERN,
  LANGUAGES,
  MethodologyContentSchema,
  type Area,
  type Competency,
  type ContentText,
  type ImportProblem,
  type Indicator,
  type Language,
  type MethodologyContent,
  type PositionProfile,
  type ScaleLevel,
} from '@civics/contracts';
import { CIVICS_EXTENSION, CivicsExtensionReadSchema, type CivicsExtensionRead } from './case-extension';
import { readCasePackage, type ReadDocument, type ReadItem } from './case-read';
import { buildTree, type TreeNode } from './case-structure';
import { hasText, primaryText, textIn } from './content-text';
import { codeFromTitle, uniqueCode } from './derived-code';
import type { ImportResult } from './exchange-version';
import { DEFAULT_ATTESTATION_RULES, DEFAULT_SCORING_RULE, MAX_SCALE_SIZE, defaultScale } from './import-defaults';
import { pathKey, problem, schemaProblems } from './import-problems';

const EXT_PATH = `$.CFDocument.extensions["${CIVICS_EXTENSION}"]`;

function readExtension(document: ReadDocument, problems: ImportProblem[]): CivicsExtensionRead | undefined {
  const raw = document.extensions?.[CIVICS_EXTENSION];
  if (raw === undefined) return undefined;
  const parsed = CivicsExtensionReadSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push(problem(`${EXT_PATH}${issue.path.length ? '.' + pathKey(issue.path) : ''}`, 'invalid-field', issue.message));
  }
  return undefined;
}

/** Platform language of the single-language CASE texts (`en-GB` → `en`); default `en`. */
function packageLanguage(document: ReadDocument, problems: ImportProblem[]): Language {
  const tag = (document.language ?? 'en').trim().toLowerCase().split(/[-_]/)[0];
  const language = LANGUAGES.find((l) => l === tag);
  if (!language)
    problems.push(problem('$.CFDocument.language', 'unsupported-language', `"${document.language}" is not one of ${LANGUAGES.join(', ')}`));
  return language ?? 'en';
}

/** Reads a CASE package into content; `problems` collects everything wrong on the way. */
class ContentBuilder {
  readonly locations = new Map<string, string>(); // content path key → CASE location
  private readonly explicitCodes = { area: new Map<string, string>(), competency: new Map<string, string>() };
  private readonly usedCodes = { area: new Set<string>(), competency: new Set<string>() };

  constructor(
    private readonly ext: CivicsExtensionRead | undefined,
    private readonly language: Language,
    private readonly problems: ImportProblem[],
  ) {}

  text(item: ReadItem, field: 'fullStatement' | 'notes'): ContentText {
    return this.ext?.translations?.[item.identifier]?.[field] ?? textIn(this.language, item[field]);
  }

  /** humanCodingScheme when given (must be valid and unique), else derived from the title. */
  code(item: ReadItem, kind: 'area' | 'competency', title: ContentText, fallback: string): string {
    const given = item.humanCodingScheme?.trim();
    let code: string;
    if (given) {
      if (!CODE_PATTERN.test(given)) {
        this.problems.push(
          problem(
            item.location,
            'bad-code',
            `humanCodingScheme "${given}" is not a valid ${kind} code (upper-case letter first, then A-Z 0-9 _ . -, max 40)`,
          ),
        );
      }
      const first = this.explicitCodes[kind].get(given);
      if (first) this.problems.push(problem(item.location, 'duplicate-code', `${kind} code ${given} is also used by ${first}`));
      else this.explicitCodes[kind].set(given, item.location);
      code = given;
    } else code = uniqueCode(codeFromTitle(primaryText(title, this.language), fallback), this.usedCodes[kind]);
    this.usedCodes[kind].add(code);
    return code;
  }

  titled(node: TreeNode, what: string): { title: ContentText; description: ContentText } {
    const title = this.text(node.item, 'fullStatement');
    if (!hasText(title)) this.problems.push(problem(node.item.location, 'missing-text', `the ${what} has no fullStatement`));
    const description = this.text(node.item, 'notes');
    // Plain frameworks often have no notes: the statement then doubles as description.
    return { title, description: hasText(description) ? description : title };
  }

  areas(tree: TreeNode[], scaleSize: number): Area[] {
    // Derived codes must not take a code that an item later in the package states explicitly.
    const reserve = (node: TreeNode, kind: 'area' | 'competency'): void => {
      const given = node.item.humanCodingScheme?.trim();
      if (given) this.usedCodes[kind].add(given);
    };
    for (const area of tree) {
      reserve(area, 'area');
      area.children.forEach((c) => reserve(c, 'competency'));
    }
    return tree.map((areaNode, a) => {
      this.locations.set(pathKey(['areas', a]), areaNode.item.location);
      const { title, description } = this.titled(areaNode, 'area');
      const code = this.code(areaNode.item, 'area', title, `AREA${a + 1}`);
      const competencies = areaNode.children.map((node, c): Competency => {
        this.locations.set(pathKey(['areas', a, 'competencies', c]), node.item.location);
        const texts = this.titled(node, 'competency');
        return {
          code: this.code(node.item, 'competency', texts.title, `C${a + 1}_${c + 1}`),
          ...texts,
          indicators: this.indicators(node, [a, c], scaleSize),
        };
      });
      return { code, title, description, competencies };
    });
  }

  private indicators(competency: TreeNode, [a, c]: number[], scaleSize: number): Indicator[] {
    return competency.children.map((node, i) => {
      this.locations.set(pathKey(['areas', a, 'competencies', c, 'indicators', i]), node.item.location);
      const text = this.text(node.item, 'fullStatement');
      if (!hasText(text)) this.problems.push(problem(node.item.location, 'missing-text', 'the indicator has no fullStatement'));
      const level = this.ext?.indicatorLevels?.[node.item.identifier] ?? i + 1;
      if (!Number.isInteger(level) || level < 1 || level > scaleSize) {
        this.problems.push(
          problem(node.item.location, 'level-outside-scale', `indicator level ${level} is outside the scale 1..${scaleSize}`),
        );
      }
      return { level, text };
    });
  }

  scale(tree: TreeNode[]): ScaleLevel[] {
    if (!this.ext?.scale) {
      const size = Math.max(1, ...tree.flatMap((a) => a.children.map((c) => c.children.length)));
      if (size > MAX_SCALE_SIZE)
        this.problems.push(
          problem('$.CFItems', 'scale-too-large', `a competency has ${size} level items; a scale has at most ${MAX_SCALE_SIZE}`),
        );
      return defaultScale(Math.min(size, MAX_SCALE_SIZE));
    }
    const scale = this.ext.scale;
    if (scale.length > MAX_SCALE_SIZE)
      this.problems.push(problem(`${EXT_PATH}.scale`, 'scale-too-large', `${scale.length} levels; a scale has at most ${MAX_SCALE_SIZE}`));
    scale.forEach((s, i) => {
      const at = `${EXT_PATH}.scale[${i}]`;
      if (s.level !== i + 1)
        this.problems.push(problem(at, 'scale-order', `level ${s.level} where ${i + 1} is expected (levels are 1..N in order)`));
      if (!hasText(s.label)) this.problems.push(problem(at, 'missing-text', 'the level has no label'));
      if (!hasText(s.descriptor)) this.problems.push(problem(at, 'missing-text', 'the level has no descriptor'));
    });
    return scale;
  }

  profiles(competencyCodes: ReadonlySet<string>, scaleSize: number): PositionProfile[] {
    const codes = new Map<string, number>();
    return (this.ext?.positionProfiles ?? []).map((p, i) => {
      const at = `${EXT_PATH}.positionProfiles[${i}]`;
      if (!CODE_PATTERN.test(p.code)) this.problems.push(problem(at, 'bad-code', `profile code "${p.code}" is not a valid code`));
      const first = codes.get(p.code);
      if (first !== undefined)
        this.problems.push(problem(at, 'duplicate-code', `profile code ${p.code} is also used by positionProfiles[${first}]`));
      else codes.set(p.code, i);
      if (!hasText(p.title)) this.problems.push(problem(at, 'missing-text', 'the profile has no title'));
      if (!hasText(p.description)) this.problems.push(problem(at, 'missing-text', 'the profile has no description'));
      p.requirements.forEach((r, j) => {
        const rat = `${at}.requirements[${j}]`;
        if (!competencyCodes.has(r.competencyCode))
          this.problems.push(problem(rat, 'unknown-competency', `competency ${r.competencyCode} is not in the framework`));
        if (!Number.isInteger(r.requiredLevel) || r.requiredLevel < 0 || r.requiredLevel > scaleSize) {
          this.problems.push(problem(rat, 'level-outside-scale', `required level ${r.requiredLevel} is outside 0..${scaleSize}`));
        }
      });
      return p as PositionProfile; // weight/critical defaults are filled by the schema below
    });
  }
}

/** Framework code: ours from x-civics, else the document's humanCodingScheme, else derived from the title. */
function frameworkCode(
  document: ReadDocument,
  ext: CivicsExtensionRead | undefined,
  title: ContentText,
  language: Language,
  problems: ImportProblem[],
): string {
  const given = ext?.code ?? document.humanCodingScheme?.trim();
  if (given) {
    if (!CODE_PATTERN.test(given))
      problems.push(
        problem(ext?.code ? `${EXT_PATH}.code` : '$.CFDocument.humanCodingScheme', 'bad-code', `"${given}" is not a valid code`),
      );
    return given;
  }
  return codeFromTitle(primaryText(title, language), 'FRAMEWORK');
}

/**
 * Reads an IMS CASE 1.1 JSON package (our exports with `x-civics`, or a plain package of another
 * tool: document → areas → competencies → level indicators). Returns the version, or every
 * problem found, each with its location (item / association identifier or JSON path).
 */
export function importCase(json: unknown): ImportResult {
  const problems: ImportProblem[] = [];
  const pkg = readCasePackage(json, problems);
  if (!pkg.complete || !pkg.document) return { ok: false, problems };
  const document = pkg.document;
  const ext = readExtension(document, problems);
  const language = packageLanguage(document, problems);
  const tree = buildTree(document.identifier, pkg.items, pkg.associations, problems);

  const title = ext?.translations?.[document.identifier]?.title ?? textIn(language, document.title);
  if (!hasText(title)) problems.push(problem('$.CFDocument.title', 'missing-text', 'the document has no title'));
  const code = frameworkCode(document, ext, title, language, problems);
  const version = Number(ext?.versionNumber ?? (/^\d+$/.test(document.version?.trim() ?? '') ? document.version : 1));

  const builder = new ContentBuilder(ext, language, problems);
  const scale = builder.scale(tree);
  const areas = builder.areas(tree, scale.length);
  const competencyCodes = new Set(areas.flatMap((a) => a.competencies.map((c) => c.code)));
  const content: MethodologyContent = {
    scale,
    areas,
    positionProfiles: builder.profiles(competencyCodes, scale.length),
    attestationRules: (ext?.attestationRules as MethodologyContent['attestationRules'] | undefined) ?? { ...DEFAULT_ATTESTATION_RULES },
    scoringRule: (ext?.scoringRule as MethodologyContent['scoringRule'] | undefined) ?? { ...DEFAULT_SCORING_RULE },
  };
  const parsed = MethodologyContentSchema.safeParse(content);
  if (!parsed.success) {
    problems.push(
      ...schemaProblems(parsed.error, (path) => {
        for (let n = path.length; n > 0; n--) {
          const location = builder.locations.get(pathKey(path.slice(0, n)));
          if (location) return location;
        }
        return path[0] === 'areas' ? '$.CFItems' : `${EXT_PATH}.${pathKey(path)}`;
      }),
    );
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, version: { code, title, versionNumber: Math.max(1, version), content: parsed.data } };
}
