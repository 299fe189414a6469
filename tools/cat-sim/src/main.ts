/**
 * Entry point: node tools/cat-sim/src/main.ts [--examinees 2000] [--competencies 16]
 *   [--items-per-competency 40] [--seed 1] [--calibration-respondents 2000] [--max-items 16]
 *   [--top-k 5] [--se-target 0.3] [--max-exposure 0.3] [--out tools/cat-sim/results]
 *
 * Node runs this TypeScript by type stripping. Module hooks make the workspace source load as the
 * bundlers see it: path aliases from tsconfig.base.json (@civics/psychometrics) resolve to their
 * source, extensionless relative imports from .ts files get '.ts', and .ts files load as ES
 * modules. This file deliberately has no import/export statements (builtins come from
 * process.getBuiltinModule) so that Node reads it as CommonJS without a module-type detection
 * warning, and it registers the hooks before anything else is loaded (hence the dynamic import).
 */
const { registerHooks } = process.getBuiltinModule('node:module');
const { readFileSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const { join } = process.getBuiltinModule('node:path');

const workspaceRoot = join(__dirname, '..', '..', '..');
const aliases = new Map<string, string>();
try {
  const base = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions?: { paths?: Record<string, string[]> };
  };
  for (const [alias, targets] of Object.entries(base.compilerOptions?.paths ?? {})) {
    const target = targets[0];
    if (target && !alias.includes('*')) aliases.set(alias, pathToFileURL(join(workspaceRoot, target)).href);
  }
} catch {
  // without aliases, relative imports still work
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const alias = aliases.get(specifier);
    if (alias) return nextResolve(alias, context);
    if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // not a .ts file: default resolution below
      }
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.endsWith('.ts') && !url.endsWith('/main.ts'))
      return nextLoad(url, { ...context, format: 'module-typescript' });
    return nextLoad(url, context);
  },
});

void import('./cat-sim.ts')
  .then(({ runCatSim }) => runCatSim(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
