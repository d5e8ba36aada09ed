module.exports = {
  root: true,
  ...require('@backstage/cli/config/eslint-factory')(__dirname),
  overrides: [
    {
      // Command-line tools: the dev stack, the e2e runner and the benchmarks talk on the console.
      files: ['dev/**/*.mjs', 'dev/backend/**', 'dev/idp/**', 'test/e2e/**', 'test/bench/**'],
      rules: { 'no-console': 'off' },
    },
  ],
};
