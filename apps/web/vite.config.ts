import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import postcss from 'postcss';
import { defaultClientConditions, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { CORE_TEXT_SECTIONS, PAGE_TEXT_GROUPS, SECTIONS_AFTER_ALL_TEXTS } from './src/i18n/text-groups';

const api = 'http://localhost:3000';

/**
 * The NL Design System React packages assign `Component.displayName = '…'` at module level. The
 * bundler must treat those writes as side effects, so every component of the library (tables,
 * accordions, drawers…) ended up in the bundle. The names only serve React DevTools; dropping them
 * in production builds lets tree-shaking keep just the components we use. Some of the packages
 * also call React's forwardRef without a pure annotation; it has no side effects either.
 */
function treeShakeUtrechtComponents(): Plugin {
  const displayName = /^\w+\.displayName = '\w+';$/gm;
  return {
    name: 'klussenbank:tree-shake-utrecht-components',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]@utrecht[\\/][\w-]+-react[\\/]dist[\\/]index\.mjs$/ },
      handler: (code) => ({ code: code.replace(displayName, ''), map: null }),
    },
  };
}

const UTRECHT_CLASS = /utrecht-[a-z0-9_-]+/g;
/** `utrecht-button--primary-action` and `utrecht-page-header__content` belong to their block. */
const block = (name: string) => name.replace(/^\./, '').split(/--|__/)[0];

/**
 * The NL Design System CSS comes as one file with every component's rules (400 kB). After
 * tree-shaking the JavaScript names the components the client renders; this drops the rules whose
 * selectors need a `utrecht-…` class of any other component. Modifiers and elements of a component
 * in use stay (they are built at run time from its name). Rules without such a class stay too.
 */
function onlyUsedUtrechtCss(): Plugin {
  return {
    name: 'klussenbank:only-used-utrecht-css',
    apply: 'build',
    generateBundle: {
      order: 'post', // after index.html is written
      handler(_options, bundle) {
        const used = new Set<string>();
        const named = new Set<string>();
        for (const file of Object.values(bundle)) {
          const text =
            file.type === 'chunk' ? file.code : file.fileName.endsWith('.html') ? String(file.source) : '';
          for (const name of text.match(UTRECHT_CLASS) ?? []) used.add(block(name));
          for (const name of text.match(CUSTOM_PROPERTY) ?? []) named.add(name);
        }
        const sheets = Object.values(bundle).flatMap((file) =>
          file.type === 'asset' && file.fileName.endsWith('.css')
            ? [{ file, root: postcss.parse(String(file.source)) }]
            : [],
        );
        for (const { root } of sheets) {
          root.walkRules((rule) => {
            if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name))
              return;
            const kept = rule.selectors.filter((selector) =>
              (selector.match(/\.utrecht-[a-z0-9_-]+/g) ?? []).every((name) => used.has(block(name))),
            );
            if (kept.length === 0) rule.remove();
            else if (kept.length < rule.selectors.length) rule.selectors = kept;
          });
        }
        dropUnusedCustomProperties(
          sheets.map(({ root }) => root),
          named,
        );
        for (const { file, root } of sheets) {
          root.walkRules((rule) => {
            if (rule.nodes.length === 0) rule.remove();
          });
          root.walkAtRules((atRule) => {
            if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
          });
          const before = String(file.source);
          const after = root.toString();
          if (after === before) continue;
          // The name's hash was made from the whole file: give the smaller file a name of its own, so an
          // immutable cache never keeps an older cut. Only index.html may name it (it is never cached).
          const oldName = file.fileName;
          const hash = createHash('sha256').update(after).digest('base64url').slice(0, 8);
          const newName = oldName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
          for (const other of Object.values(bundle)) {
            const text = other.type === 'chunk' ? other.code : String(other.source);
            if (other === file || !text.includes(oldName)) continue;
            if (other.type === 'chunk' || !other.fileName.endsWith('.html')) {
              throw new Error(`${other.fileName} names ${oldName}; only index.html may`);
            }
            other.source = text.replaceAll(oldName, newName);
          }
          delete bundle[oldName];
          this.emitFile({ type: 'asset', fileName: newName, source: after });
        }
      },
    },
  };
}

const CUSTOM_PROPERTY = /--[a-zA-Z0-9_-]+/g;

/**
 * The design tokens define some 1,400 custom properties; the components in use read about half.
 * Keeps a custom property's declarations only when a real property's value, the JavaScript or
 * index.html (`named`) uses it, directly or through other custom properties.
 */
function dropUnusedCustomProperties(roots: postcss.Root[], named: ReadonlySet<string>): void {
  const refersTo = new Map<string, Set<string>>();
  const wanted = new Set(named);
  for (const root of roots) {
    root.walkDecls((decl) => {
      const names = decl.value.match(CUSTOM_PROPERTY) ?? [];
      if (!decl.prop.startsWith('--')) {
        for (const name of names) wanted.add(name);
        return;
      }
      const set = refersTo.get(decl.prop) ?? new Set<string>();
      for (const name of names) set.add(name);
      refersTo.set(decl.prop, set);
    });
  }
  const keep = new Set<string>();
  const todo = [...wanted];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (keep.has(name)) continue;
    keep.add(name);
    todo.push(...(refersTo.get(name) ?? []));
  }
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !keep.has(decl.prop)) decl.remove();
    });
  }
}

/** `./browse.nl.texts` from src/i18n: a page's group of texts in one language (no such file exists). */
const TEXTS_MODULE = /^\.\/(\w+)\.(nl|en)\.texts$/;
const TEXTS_ID = '\0texts/';

/**
 * Cuts the texts by when they are needed (src/i18n/text-groups.ts). src/i18n/core-texts.ts becomes
 * the sections of the Dutch texts the shell needs (part of the first load); `./browse.nl.texts`
 * the sections of a page's group in one language (a chunk of its own). All texts of a language stay a
 * chunk of their own as well (src/i18n/i18n.ts). After the build, each group's page is checked: its
 * chunks may name only sections of its group or the core, and the first load only core sections.
 */
function texts(): Plugin {
  const core = join(import.meta.dirname, 'src/i18n/core-texts.ts');
  const file = (language: string) => join(import.meta.dirname, `src/i18n/${language}.json`);
  const only = async (language: string, sections: readonly string[]) => {
    const all = JSON.parse(await readFile(file(language), 'utf8')) as Record<string, unknown>;
    const missing = sections.filter((section) => !(section in all));
    if (missing.length > 0) throw new Error(`${language}.json has no section ${missing.join(', ')}`);
    return `export default ${JSON.stringify(Object.fromEntries(sections.map((name) => [name, all[name]])))};`;
  };
  return {
    name: 'klussenbank:texts',
    enforce: 'pre',
    resolveId(id) {
      const match = TEXTS_MODULE.exec(id);
      return match ? `${TEXTS_ID}${match[1]}.${match[2]}` : undefined;
    },
    load(id) {
      if (id.startsWith(TEXTS_ID)) {
        const [group = '', language = ''] = id.slice(TEXTS_ID.length).split('.');
        const sections = (PAGE_TEXT_GROUPS as Record<string, { sections: readonly string[] }>)[group]
          ?.sections;
        if (!sections || !/^(nl|en)$/.test(language)) throw new Error(`No texts ${id.slice(1)}`);
        this.addWatchFile(file(language));
        return only(language, sections);
      }
      if (id.split('?')[0] !== core) return undefined;
      this.addWatchFile(file('nl'));
      return only('nl', CORE_TEXT_SECTIONS);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sectionNames = Object.keys(JSON.parse(readFileSync(file('nl'), 'utf8')) as object);
        const key = new RegExp(`["'\`](${sectionNames.join('|')})\\.`, 'g');
        // The texts' own chunks (all texts of a language, a group) name every section they hold.
        const isTexts = (chunk: Rolldown.OutputChunk) =>
          chunk.moduleIds.some((id) => /[\\/]i18n[\\/](nl|en)\.json$/.test(id) || id.startsWith(TEXTS_ID));
        const chunks = Object.values(bundle).filter(
          (output): output is Rolldown.OutputChunk => output.type === 'chunk' && !isTexts(output),
        );
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (starts: string[], follow: (chunk: Rolldown.OutputChunk) => string[]) => {
          const seen = new Set<string>();
          for (let name = starts.pop(); name !== undefined; name = starts.pop()) {
            const chunk = byName.get(name);
            if (!chunk || seen.has(name)) continue;
            seen.add(name);
            starts.push(...follow(chunk));
          }
          return seen;
        };
        const namedIn = (names: Iterable<string>) =>
          new Set(
            [...names].flatMap((name) => [...(byName.get(name)?.code.matchAll(key) ?? [])].map((m) => m[1])),
          );
        const first = closure(
          chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
          (chunk) => chunk.imports,
        );
        const problems: string[] = [];
        const outside = (used: Set<string | undefined>, allowed: readonly string[]) =>
          [...used].filter((section) => section && !allowed.includes(section));
        const firstLoad = outside(namedIn(first), [...CORE_TEXT_SECTIONS, ...SECTIONS_AFTER_ALL_TEXTS]);
        if (firstLoad.length > 0) problems.push(`the first load names ${firstLoad.join(', ')}`);
        for (const [group, { page, sections }] of Object.entries(PAGE_TEXT_GROUPS)) {
          const id = join(import.meta.dirname, page);
          const chunk = chunks.find((candidate) => candidate.moduleIds.includes(id));
          if (!chunk) {
            problems.push(`no chunk for ${page} (text group ${group})`);
            continue;
          }
          // Everything the page can load without waiting for all texts: static and lazy imports alike.
          const own = closure([chunk.fileName], (c) =>
            [...c.imports, ...c.dynamicImports].filter((name) => !first.has(name)),
          );
          const extra = outside(namedIn(own), [...CORE_TEXT_SECTIONS, ...sections]);
          if (extra.length > 0)
            problems.push(`${page} names ${extra.join(', ')}, not in text group ${group}`);
        }
        if (problems.length > 0) this.error(`Texts (src/i18n/text-groups.ts): ${problems.join('; ')}`);
      },
    },
  };
}

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/**
 * The modules a page imports (statically, directly or not) that the first load does not have. The
 * Klussen page came as 22 small chunks: on HTTP/1.1 (six connections) they queued in rounds of a
 * round trip each, and its texts, /me and the results queued behind them (docs/web-performance.md).
 */
function pageModules(getModuleInfo: ModuleInfoOf, pages: string[]): Set<string> {
  const reach = (starts: string[]) => {
    const seen = new Set<string>();
    for (let id = starts.pop(); id !== undefined; id = starts.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      starts.push(...(getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  const first = reach([join(import.meta.dirname, 'src/main.tsx')]);
  return new Set(
    [...reach(pages.map((page) => join(import.meta.dirname, page)))].filter((id) => !first.has(id)),
  );
}

const KLUSSEN = ['src/features/task-browse/TaskBrowsePage.tsx', 'src/features/task-browse/first-results.ts'];
const START = ['src/features/home/StartPage.tsx'];
const LOGIN = ['src/features/auth/LoginPage.tsx'];
let klussen: Set<string> | undefined;
let start: Set<string> | undefined;
let login: Set<string> | undefined;
/**
 * Klussen's modules in two chunks: what it shares with the start page, and the rest. What the login
 * page uses stays out (it would bring a visitor without a session a chunk of Klussen).
 */
function klussenChunk(id: string, getModuleInfo: ModuleInfoOf): string | null {
  klussen ??= pageModules(getModuleInfo, KLUSSEN);
  start ??= pageModules(getModuleInfo, START);
  login ??= pageModules(getModuleInfo, LOGIN);
  if (!klussen.has(id) || login.has(id)) return null;
  return start.has(id) ? 'klussen-start' : 'klussen';
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the highest
 * levels, once; the API's static handler picks one by Accept-Encoding (`preCompressed`). Files
 * under 1 kB stay as they are: compression would save less than a packet.
 */
function preCompress(): Plugin {
  return {
    name: 'klussenbank:pre-compress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const files = [...Object.keys(bundle), 'index.html', 'favicon.svg'].filter((name) =>
        COMPRESSIBLE.test(name),
      );
      await Promise.all(
        [...new Set(files)].map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path).catch(() => undefined);
          if (!content || content.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), texts(), treeShakeUtrechtComponents(), onlyUsedUtrechtCss(), preCompress()],
  // The workspace lib is consumed from its TypeScript source, never from a stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['forwardRef'] },
      output: {
        codeSplitting: {
          groups: [
            {
              name: (id, context) => klussenChunk(id, (module) => context.getModuleInfo(module)),
              // Only the page's own modules: what the first load has stays there.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': api, '/health': api } },
  preview: { proxy: { '/api': api, '/health': api } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    env: { TZ: 'UTC' },
    // Room for findBy…/waitFor's 10 s (see src/test-setup.ts) on a loaded machine.
    testTimeout: 30_000,
  },
});
