import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import postcss from 'postcss';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

/** The top-level sections of the texts that the login page, the session gate and the shell use. */
const CORE_TEXT_SECTIONS = ['app', 'language', 'shell', 'login', 'session', 'common', 'notFound', 'layout'];

/**
 * src/i18n/core-texts.ts becomes the sections of the Dutch texts the first screen needs (about 2 kB
 * gzip), so the first load does not carry both languages' texts (35 kB gzip). All texts of the
 * active language load as a chunk of their own (src/i18n/i18n.ts); an English reader's first render
 * waits for them (src/main.tsx).
 */
function coreTexts(): Plugin {
  const module = join(import.meta.dirname, 'src/i18n/core-texts.ts');
  const file = join(import.meta.dirname, 'src/i18n/nl.json');
  return {
    name: 'klussenbank:core-texts',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] !== module) return undefined;
      this.addWatchFile(file);
      const texts = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const core = Object.fromEntries(CORE_TEXT_SECTIONS.map((section) => [section, texts[section]]));
      return `export default ${JSON.stringify(core)};`;
    },
  };
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
  plugins: [react(), coreTexts(), treeShakeUtrechtComponents(), onlyUsedUtrechtCss(), preCompress()],
  // The workspace lib is consumed from its TypeScript source, never from a stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { treeshake: { manualPureFunctions: ['forwardRef'] } },
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
