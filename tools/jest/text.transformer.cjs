// Lets code import a .txt file as a string in tests, as webpack's asset/source does in the build.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)}; module.exports.default = module.exports;` };
  },
};
