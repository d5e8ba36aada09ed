// The package's public API as API Extractor reads it, against the reports
// checked in at the root: report.api.md for `.`, report-alpha.api.md for
// `./alpha` (the names Backstage repositories use).
//
//   node test/api-report.mjs           check: exit 1 when a report is out of date
//   node test/api-report.mjs --update  rewrite the reports (npm run api-report)
//
// Declarations are emitted for the entry points alone (not dev/ or test/)
// into dist-types/api-report, from scratch, then analysed (not under
// node_modules: API Extractor would take them for another package's). Any
// API Extractor or TSDoc warning fails both modes: fix the source (a missing
// release tag, an export the API needs) rather than the report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorMessageCategory,
} from '@microsoft/api-extractor';

const root = resolve(import.meta.dirname, '..');
const out = text => process.stdout.write(`${text}\n`);
const err = text => process.stderr.write(`${text}\n`);
const cache = join(root, 'dist-types/api-report');
const update = process.argv.includes('--update');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// `.` → report, `./alpha` → report-alpha; the main entry first, since the
// alpha check needs its names.
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => /\.tsx?$/.test(target))
  .map(([name, target]) => {
    const suffix = name === '.' ? '' : `-${name.replace(/^\.\//, '')}`;
    return {
      source: join(root, target),
      declarations: join(cache, target.replace(/\.tsx?$/, '.d.ts')),
      report: `report${suffix}`,
      main: name === '.',
    };
  })
  .sort((a, b) => Number(b.main) - Number(a.main));

// 1. Declarations of the entry points and what they import, from scratch
// every time: an incremental build can keep a translation ref's flattened
// keys in another order than a fresh one, and a clean clone builds fresh.
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const tsconfig = join(cache, 'tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify(
    {
      extends: join(root, 'tsconfig.json'),
      include: [],
      files: [...entries.map(e => e.source), join(root, 'config.d.ts')],
      compilerOptions: {
        rootDir: root,
        outDir: cache,
        tsBuildInfoFile: join(cache, 'tsconfig.tsbuildinfo'),
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
      },
    },
    null,
    2,
  ),
);
const tsc = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    tsconfig,
    '--pretty',
    'false',
  ],
  { cwd: root, encoding: 'utf8' },
);
if (tsc.status !== 0) {
  err(`${tsc.stdout}${tsc.stderr}`);
  err('API report: the declarations did not compile (see above).');
  process.exit(1);
}

// 2. API Extractor, one run per entry point over one shared program.
const problems = [];
const outOfDate = [];
const mainNames = new Set();
let compilerState;

for (const entry of entries) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.declarations,
      compiler: { tsconfigFilePath: tsconfig },
      apiReport: {
        enabled: true,
        reportFileName: entry.report,
        reportFolder: root,
        reportTempFolder: join(cache, 'reports'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        // tsc above has checked the types; these would repeat it.
        compilerMessageReporting: { default: { logLevel: 'none' } },
        // Warnings go to the console (and fail the run), never into a report.
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: false },
        },
        tsdocMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: false },
        },
      },
    },
    packageJsonFullPath: join(root, 'package.json'),
  });
  compilerState ??= CompilerState.create(config, {
    additionalEntryPoints: entries.map(e => e.declarations),
  });

  let diff = '';
  const result = Extractor.invoke(config, {
    localBuild: update,
    compilerState,
    printApiReportDiff: !update,
    messageCallback(message) {
      message.handled = true;
      if (message.messageId === 'console-api-report-diff') {
        diff = message.text;
      }
      if (message.category === ExtractorMessageCategory.Console) {
        // Progress and "report changed" notes: the summary below says it.
        message.logLevel = 'none';
        return;
      }
      // API Extractor knows one entry point at a time: a type of the main
      // entry used by ./alpha is public all the same (apps import it from
      // the main entry), so only a type neither entry exports is a problem.
      const forgotten = message.text.match(/The symbol "([^"]+)" needs/);
      if (
        !entry.main &&
        message.messageId === 'ae-forgotten-export' &&
        forgotten &&
        mainNames.has(forgotten[1])
      ) {
        message.logLevel = 'none';
        return;
      }
      if (message.logLevel === 'none') return;
      const where = message.sourceFilePath
        ? `${relative(cache, message.sourceFilePath)}:${message.sourceFileLine}: `
        : '';
      problems.push(`${where}(${message.messageId}) ${message.text}`);
    },
  });
  if (result.apiReportChanged)
    outOfDate.push({ file: `${entry.report}.api.md`, diff });

  if (entry.main) {
    const report = readFileSync(
      join(cache, 'reports', `${entry.report}.api.md`),
      'utf8',
    );
    for (const m of report.matchAll(
      /^export (?:declare )?(?:const|function|type|interface|class|enum) (\w+)/gm,
    ))
      mainNames.add(m[1]);
  }
}

if (problems.length > 0) {
  err(
    `API Extractor found ${problems.length} problem(s) in the public API (the paths are of the emitted declarations, under src/):`,
  );
  for (const p of problems) err(`  ${p}`);
}
if (update) {
  for (const { file } of outOfDate) out(`API report: updated ${file}`);
  if (outOfDate.length === 0) out('API report: up to date');
} else if (outOfDate.length > 0) {
  for (const { diff } of outOfDate) if (diff) err(diff);
  err(
    `API report out of date: run npm run api-report (${outOfDate.map(o => o.file).join(', ')})`,
  );
  process.exit(1);
} else if (problems.length === 0) {
  out(
    `API report: ${entries.map(e => `${e.report}.api.md`).join(', ')} up to date`,
  );
}
process.exit(problems.length > 0 ? 1 : 0);
