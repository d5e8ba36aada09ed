// Gzipped size of the built JS in dist/, following the module graph:
// what an app loads statically (entries and their static imports), what each
// lazy chunk adds, and the same for the anchors in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC_IMPORT = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function gz(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function imports(file, pattern) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const m of text.matchAll(pattern)) {
    const spec = m[1] ?? m[2];
    const target = resolve(dirname(file), spec);
    if (existsSync(target)) found.push(target);
  }
  return found;
}

/** The static closure of `entries` (relative imports only: externals excluded). */
export function staticClosure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...imports(file, STATIC_IMPORT));
  }
  return seen;
}

function dynamicTargets(files) {
  const targets = new Set();
  for (const f of files)
    for (const t of imports(f, DYNAMIC_IMPORT)) targets.add(t);
  return targets;
}

const sum = files => [...files].reduce((n, f) => n + gz(f), 0);

/** Measures our dist/: entries, lazy chunks, first load, banner, My Access. */
export function measureDist(root) {
  const dist = join(root, 'dist');
  const rel = f => relative(dist, f);
  const entries = ['index.esm.js', 'alpha.esm.js']
    .map(f => join(dist, f))
    .filter(existsSync);
  const perEntry = Object.fromEntries(
    entries.map(e => [rel(e), sum(staticClosure([e]))]),
  );
  const first = staticClosure(entries);
  const lazyRoots = [...dynamicTargets(first)].filter(f => !first.has(f));
  const lazy = {};
  for (const rootFile of lazyRoots) {
    const closure = [...staticClosure([rootFile])].filter(f => !first.has(f));
    lazy[rel(rootFile)] = { gzBytes: sum(closure), files: closure.length };
  }
  // Lazy chunks of lazy chunks (e.g. the doctor loaded from My Access).
  const allOwn = staticClosure([
    ...entries,
    ...lazyRoots,
    ...dynamicTargets(staticClosure(lazyRoots)),
  ]);
  const bannerFile = [...first].find(f =>
    /banner\/TokenExpiryBanner\.esm\.js$/.test(f),
  );
  const banner = bannerFile ? staticClosure([bannerFile]) : new Set();
  const myAccessRoot = lazyRoots.find(f => /myAccess\/index\.esm\.js$/.test(f));
  // The page's own module, not the API refs its folder also holds (the
  // plugin registers those, so they load with the entry).
  const myAccessInFirst = [...first].some(f =>
    /\/myAccess\/(index|MyAccessPage)\.esm\.js$/.test(f),
  );
  const signInRoot = lazyRoots.find(f => /signIn\/index\.esm\.js$/.test(f));
  // Before sign-in: the static graph plus the lazily loaded sign-in page (new frontend system).
  const beforeSignIn = new Set([
    ...first,
    ...(signInRoot ? staticClosure([signInRoot]) : []),
  ]);
  const onMyAccess = myAccessRoot
    ? [...staticClosure([myAccessRoot])].filter(f => !beforeSignIn.has(f))
    : [];
  return {
    perEntry,
    lazy,
    allOwnJsGz: sum(allOwn),
    allOwnJsFiles: allOwn.size,
    firstLoadGz: sum(first),
    beforeSignInGz: sum(beforeSignIn),
    bannerGz: sum(banner),
    bannerFiles: [...banner].map(rel),
    onOpeningMyAccessGz: sum(onMyAccess),
    myAccessInFirstChunk: myAccessInFirst,
  };
}

/** An anchor: a package's dist file with its own local imports followed. */
export function measureAnchor(root, pkg, file) {
  const base = join(root, 'node_modules', pkg);
  if (!existsSync(join(base, 'package.json')))
    return { available: false, reason: `${pkg} is not installed` };
  const version = JSON.parse(
    readFileSync(join(base, 'package.json'), 'utf8'),
  ).version;
  const entry = join(base, file);
  if (!existsSync(entry))
    return { available: false, reason: `${pkg}@${version} has no ${file}` };
  const closure = staticClosure([entry]);
  return {
    available: true,
    version,
    file,
    gzBytes: sum(closure),
    files: closure.size,
  };
}

/**
 * What an app's bundler ships for `exportNames` of `from`: bundled,
 * tree-shaken and minified with esbuild, every package except `ownPackage`
 * left external (React, MUI and Backstage are already in any app), gzipped.
 * This is the figure the goals are about; the module-graph figures above
 * follow every re-export of an entry and so overstate it.
 */
export async function bundledSize(root, { from, exportNames, ownPackage }) {
  const esbuild = await import('esbuild');
  const external = {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, args => {
        if (
          ownPackage &&
          (args.path === ownPackage || args.path.startsWith(`${ownPackage}/`))
        ) {
          return undefined;
        }
        return { path: args.path, external: true };
      });
    },
  };
  const result = await esbuild.build({
    stdin: {
      contents: `export { ${exportNames.join(', ')} } from ${JSON.stringify(from)};`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: false,
    write: false,
    treeShaking: true,
    platform: 'browser',
    logLevel: 'silent',
    // JS only: images and styles a package ships are not counted.
    loader: { '.svg': 'empty', '.png': 'empty', '.css': 'empty' },
    plugins: [external],
  });
  const code = result.outputFiles[0].contents;
  return {
    rawBytes: code.length,
    gzBytes: gzipSync(code, { level: 9 }).length,
  };
}

/**
 * What an app's bundler (webpack, with code splitting) loads for
 * `exportNames` of `from`, chunk by chunk. `initial` is what loads up front:
 * the tree-shaken code reachable from the exports through static imports.
 * Each `import()` target reached from there is a lazy chunk, measured
 * without what is already loaded (the initial code and the chunk it was
 * reached from), and so on down. esbuild's own `splitting: true` would be the
 * obvious tool, but it assigns whole files to chunks by reachability: through
 * the entry's barrel re-exports it counts every module the My Access chunk
 * shares with the barrel as initial (57 KB for a 20 KB graph), which no
 * tree-shaking bundler loads.
 */
export async function splitBundledSize(root, { from, exportNames }) {
  const esbuild = await import('esbuild');
  const build = async (contents, loaded) => {
    const imported = new Set();
    const plugin = {
      name: 'split',
      setup(b) {
        b.onResolve({ filter: /.*/ }, async args => {
          if (args.pluginData === 'inner') return undefined;
          if (/^[^./]/.test(args.path))
            return { path: args.path, external: true };
          const r = await b.resolve(args.path, {
            kind: args.kind,
            resolveDir: args.resolveDir,
            importer: args.importer,
            pluginData: 'inner',
          });
          if (args.kind === 'dynamic-import') {
            imported.add([args.importer, r.path]);
            return { path: r.path, external: true };
          }
          if (loaded.has(r.path)) return { path: r.path, external: true };
          return r;
        });
      },
    };
    const result = await esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
      treeShaking: true,
      platform: 'browser',
      logLevel: 'silent',
      loader: { '.svg': 'empty', '.png': 'empty', '.css': 'empty' },
      plugins: [plugin],
    });
    const out = Object.values(result.metafile.outputs)[0];
    const modules = Object.entries(out.inputs)
      .filter(([path, input]) => input.bytesInOutput > 0 && path !== '<stdin>')
      .map(([path]) => resolve(root, path));
    // Only what live code imports: a tree-shaken module's import() is gone.
    const live = new Set(modules);
    return {
      gzBytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).length,
      modules,
      dynamicTargets: [
        ...new Set(
          [...imported]
            .filter(([importer]) => live.has(resolve(root, importer)))
            .map(([, target]) => target),
        ),
      ],
    };
  };
  const rel = f => relative(root, f);
  const initial = await build(
    `export { ${exportNames.join(', ')} } from ${JSON.stringify(from)};`,
    new Set(),
  );
  const lazy = [];
  const visit = async (target, loaded, seen) => {
    if (seen.has(target)) return;
    seen.add(target);
    const chunk = await build(
      `export * from ${JSON.stringify(target)};`,
      loaded,
    );
    lazy.push({
      chunk: rel(target),
      gzBytes: chunk.gzBytes,
      modules: chunk.modules.map(rel),
    });
    const next = new Set([...loaded, ...chunk.modules]);
    for (const t of chunk.dynamicTargets) await visit(t, next, seen);
  };
  const seen = new Set();
  for (const t of initial.dynamicTargets)
    await visit(t, new Set(initial.modules), seen);
  return {
    initialGz: initial.gzBytes,
    initialModules: initial.modules.map(rel),
    lazy,
    lazyTotalGz: lazy.reduce((n, c) => n + c.gzBytes, 0),
  };
}
