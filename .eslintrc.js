// Pure logic lives in `logic/` folders: no React, no UI, no API refs, no
// browser globals, so it runs in plain unit tests and property runs.
const UI_PACKAGES = [
  'react',
  'react-dom',
  'react-use',
  'react-use/*',
  'react-router-dom',
  '@material-ui/*',
  '@backstage/core-components',
  '@backstage/frontend-plugin-api',
  '@backstage/plugin-catalog-react',
];

// My Access's cards: each folder stands alone. What two cards need sits above
// them, in the page's data layer (data/), its pure logic (logic/) or its
// shared components (components/), which import no card.
const MY_ACCESS_CARDS = [
  'agents',
  'bundle',
  'doctor',
  'groups',
  'history',
  'permissions',
  'sessions',
  'summary',
  'token',
];
const myAccess = folder => `./src/myAccess/${folder}`;
const CARD_ZONES = [
  ...MY_ACCESS_CARDS.map(card => ({
    target: myAccess(card),
    from: MY_ACCESS_CARDS.filter(other => other !== card).map(myAccess),
    message:
      'A card never imports another card: move what both need to myAccess/data, logic or components.',
  })),
  {
    target: ['data', 'logic', 'components'].map(myAccess),
    from: MY_ACCESS_CARDS.map(myAccess),
    message:
      "The page's data layer, logic and components serve the cards and import none.",
  },
];

const base = require('@backstage/cli/config/eslint-factory')(__dirname);
const [, baseRestrictedImports] = base.rules['no-restricted-imports'];

module.exports = {
  root: true,
  ...base,
  settings: {
    ...base.settings,
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
  },
  overrides: [
    ...base.overrides,
    {
      // Command-line tools: the dev stack, the e2e runner and the benchmarks talk on the console.
      files: [
        'dev/**/*.mjs',
        'dev/backend/**',
        'dev/idp/**',
        'test/e2e/**',
        'test/bench/**',
      ],
      rules: { 'no-console': 'off' },
    },
    {
      // Features depend on shared/, never on each other's insides; shared/
      // depends on no feature. The entries (index.ts, alpha.tsx) wire them.
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      excludedFiles: ['**/*.test.*'],
      rules: {
        'import/no-restricted-paths': [
          'error',
          {
            zones: [
              {
                target: './src/shared',
                from: ['./src/signIn', './src/myAccess', './src/banner'],
              },
              {
                target: './src/signIn',
                from: ['./src/myAccess', './src/banner'],
              },
              {
                target: './src/banner',
                from: ['./src/myAccess', './src/signIn'],
              },
              {
                target: './src/myAccess',
                from: ['./src/signIn', './src/banner'],
              },
              ...CARD_ZONES,
            ],
          },
        ],
      },
    },
    {
      files: ['src/**/logic/**/*.ts'],
      excludedFiles: ['**/*.test.ts', '**/__testUtils__/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            ...baseRestrictedImports,
            patterns: [
              {
                group: UI_PACKAGES,
                message:
                  'logic/ is pure TypeScript: move React, UI and API-ref code beside the component or hook that uses it.',
              },
            ],
          },
        ],
        'no-restricted-globals': [
          'error',
          {
            name: 'fetch',
            message: 'logic/ makes no requests: take a client as a parameter.',
          },
          { name: 'localStorage', message: 'logic/ touches no storage.' },
          { name: 'sessionStorage', message: 'logic/ touches no storage.' },
        ],
      },
    },
  ],
};
