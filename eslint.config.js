// @ts-check
/**
 * ESLint flat config. Plain ESM JavaScript so ESLint loads it without a TS loader.
 *
 * Besides the usual recommended rules it enforces two things the architecture relies on:
 *
 *  1. Layering (no-restricted-imports + local/no-restricted-dynamic-imports, per folder):
 *       contract/  shared by every layer: no Node, no 'electron', no db/ electron/ renderer/
 *       db/        pure Node (worker thread, plain-Node tests): no 'electron', no electron/ renderer/
 *       electron/  main-process wiring: no renderer/; only main.ts, preload.ts and menu.ts
 *                  may import 'electron' (the rest are loaded by plain-Node tests)
 *       renderer/  a sandboxed web page: no Node, no 'electron', no db/ electron/
 *       anything else (e2e/, bench/, scripts/, root files): no 'electron'
 *
 *  2. No HTML / code-injection sinks anywhere in our own code (dangerouslySetInnerHTML,
 *     innerHTML/outerHTML assignment, insertAdjacentHTML, document.write, eval, new Function...).
 *     An exception needs an inline `// eslint-disable-next-line <rule> -- <reason>`;
 *     local/require-disable-reason rejects a disable comment without rule names or reason.
 *
 * scripts/lint-rules.test.ts proves each of these rules fires.
 */
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';

const SOURCE_FILES = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

/* ------------------------------------------------------------------------------------------
 * eslint:recommended without @eslint/js (not a dependency here): the core rules ESLint itself
 * marks as recommended, which is exactly what @eslint/js's `configs.recommended` contains.
 * ---------------------------------------------------------------------------------------- */
const coreRecommended = Object.fromEntries(
  [...builtinRules]
    .filter(([, rule]) => rule.meta?.docs?.recommended === true && !rule.meta.deprecated)
    .map(([name]) => [name, /** @type {const} */ ('error')]),
);

/* ------------------------------------------------------------------------------------------
 * Layering
 * ---------------------------------------------------------------------------------------- */
/** @param {string} s */
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bareBuiltins = builtinModules.filter((m) => !m.startsWith('node:')).map(escapeRegex);

/** A relative specifier that climbs out of the importing folder into the top-level `dir`. */
const intoTopDir = (/** @type {string} */ dir) => `^(?:\\./)?(?:\\.\\./)+${dir}(?:/|$)`;

/** @typedef {{ regex: string, message: string }} Restriction */

/** @type {Record<string, Restriction>} */
const R = {
  electronForRenderer: {
    regex: '^electron(?:/.*)?$',
    message:
      "renderer/ is a sandboxed page (contextIsolation, no nodeIntegration): 'electron' does not exist there. Use window.briefing via renderer/src/api.ts.",
  },
  nodeForRenderer: {
    regex: `^(?:node:.+|(?:${bareBuiltins.join('|')})(?:/.*)?)$`,
    message:
      'renderer/ is a sandboxed page: no Node modules. File system, paths and the store are reached only through the contract (window.briefing).',
  },
  nativeForRenderer: {
    regex: '^better-sqlite3(?:/.*)?$',
    message: 'renderer/ is a sandboxed page: it cannot load a native Node addon. Ask the main process through the contract.',
  },
  dbForRenderer: {
    regex: intoTopDir('db'),
    message: 'renderer/ never touches the store: it lives in a worker of the main process. Call it through the contract (renderer/src/api.ts).',
  },
  electronDirForRenderer: {
    regex: intoTopDir('electron'),
    message: 'renderer/ must not import main-process code; share types and schemas through contract/.',
  },

  electronForContract: {
    regex: '^electron(?:/.*)?$',
    message: "contract/ is shared by main, preload and renderer and must stay environment-neutral: no 'electron'.",
  },
  nodeForContract: {
    regex: `^(?:node:.+|(?:${bareBuiltins.join('|')})(?:/.*)?)$`,
    message: 'contract/ is also bundled into the sandboxed preload and the page: no Node modules.',
  },
  nativeForContract: {
    regex: '^better-sqlite3(?:/.*)?$',
    message: 'contract/ is also bundled into the preload and the page: no native Node addons.',
  },
  dbForContract: {
    regex: intoTopDir('db'),
    message: 'contract/ is the bottom layer: it may not depend on db/ (db/ depends on contract/, not the reverse).',
  },
  electronDirForContract: {
    regex: intoTopDir('electron'),
    message: 'contract/ is the bottom layer: it may not depend on electron/.',
  },
  rendererForContract: {
    regex: intoTopDir('renderer'),
    message: 'contract/ is the bottom layer: it may not depend on renderer/.',
  },

  electronForDb: {
    regex: '^electron(?:/.*)?$',
    message: "db/ is a pure-Node store (worker thread, plain-Node tests): no 'electron'. Pass paths and options in from electron/.",
  },
  electronDirForDb: {
    regex: intoTopDir('electron'),
    message: 'db/ sits below electron/: the main process uses the store, never the reverse.',
  },
  rendererForDb: {
    regex: intoTopDir('renderer'),
    message: 'db/ may not depend on renderer/ (the page talks to the store only through the contract).',
  },

  rendererForElectron: {
    regex: intoTopDir('renderer'),
    message: 'electron/ may not import renderer/ code: the page is built separately by Vite and is reached only through the contract.',
  },
  electronOutsideShell: {
    regex: '^electron(?:/.*)?$',
    message:
      "Only electron/main.ts, electron/preload.ts and electron/menu.ts may import 'electron'. Everything else also runs in plain Node (tests, e2e, scripts), where 'electron' is the npm stub that tries to download a binary. Take what you need as a parameter instead.",
  },

  nodeForPreload: {
    regex: `^(?:node:.+|(?:${bareBuiltins.join('|')})(?:/.*)?)$`,
    message: "electron/preload.ts runs sandboxed and is bundled for the browser platform: no Node modules, only 'electron' and contract/.",
  },
  nativeForPreload: {
    regex: '^better-sqlite3(?:/.*)?$',
    message: 'electron/preload.ts runs sandboxed: no native addons. The store is reached over IPC.',
  },
  dbForPreload: {
    regex: intoTopDir('db'),
    message: 'electron/preload.ts runs sandboxed: it cannot open the store. It only forwards contract calls over IPC.',
  },
};

/**
 * One config object per layer. Rule options of a later matching object replace earlier ones,
 * so every object lists the full set for its files (no merging surprises).
 * @param {string} name
 * @param {string[]} files
 * @param {Restriction[]} restrictions
 * @param {string[]} [ignores]
 * @returns {import('eslint').Linter.Config}
 */
function layer(name, files, restrictions, ignores) {
  const options = { patterns: restrictions.map(({ regex, message }) => ({ regex, message })) };
  return {
    name: `briefing/layer/${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': ['error', options],
      'local/no-restricted-dynamic-imports': ['error', options],
    },
  };
}

const SHELL_FILES = ['electron/main.ts', 'electron/menu.ts'];
const PRELOAD = 'electron/preload.ts';
/** Unit tests and their helpers run under `node --test`, so they may use Node (node:test, node:assert...). */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/test/**'];

/* ------------------------------------------------------------------------------------------
 * Dangerous sinks
 * ---------------------------------------------------------------------------------------- */
const SINK =
  'it turns a string into markup or code (XSS / injection). Build DOM with React or textContent; if it is truly unavoidable, add an eslint-disable-next-line with the reason.';

const sinkSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: `dangerouslySetInnerHTML is banned: ${SINK}`,
  },
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(?:inner|outer)HTML$/]",
    message: `Assigning innerHTML/outerHTML is banned: ${SINK}`,
  },
  {
    selector: "AssignmentExpression[left.type='MemberExpression'][left.property.value=/^(?:inner|outer)HTML$/]",
    message: `Assigning innerHTML/outerHTML is banned: ${SINK}`,
  },
  {
    // window.document.write(...), globalThis.document.writeln(...); plain document.write is below.
    selector: "MemberExpression[object.type='MemberExpression'][object.property.name='document'][property.name=/^write(?:ln)?$/]",
    message: `document.write is banned: ${SINK}`,
  },
];

const sinkProperties = [
  { object: 'document', property: 'write', message: `document.write is banned: ${SINK}` },
  { object: 'document', property: 'writeln', message: `document.writeln is banned: ${SINK}` },
  { property: 'insertAdjacentHTML', message: `insertAdjacentHTML is banned: ${SINK}` },
  { property: 'setHTMLUnsafe', message: `setHTMLUnsafe is banned: ${SINK}` },
  { property: 'parseHTMLUnsafe', message: `parseHTMLUnsafe is banned: ${SINK}` },
  { property: 'createContextualFragment', message: `createContextualFragment is banned: ${SINK}` },
  {
    property: 'executeJavaScript',
    message: `executeJavaScript (webContents/webFrame) is eval in the page: ${SINK}`,
  },
];

/* ------------------------------------------------------------------------------------------
 * Local rules
 * ---------------------------------------------------------------------------------------- */
/** @type {import('eslint').Rule.RuleModule} */
const requireDisableReason = {
  meta: {
    type: 'problem',
    docs: { description: 'An eslint-disable comment must name its rules and give a reason after "--".' },
    schema: [],
    messages: {
      noRules: 'Name the rule(s) this comment disables; a blanket eslint-disable is not allowed.',
      noReason: 'Say why after " -- ", e.g. `// eslint-disable-next-line no-restricted-syntax -- sanitized by X`.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const match = /^\s*eslint-disable(?:-next-line|-line)?(?=\s|$)([\s\S]*)$/.exec(comment.value);
          if (!match) continue;
          const [body = '', reason] = (match[1] ?? '').split(/\s-{2,}\s/, 2);
          if (body.trim() === '') context.report({ loc: comment.loc ?? { line: 1, column: 0 }, messageId: 'noRules' });
          else if (!reason?.trim()) context.report({ loc: comment.loc ?? { line: 1, column: 0 }, messageId: 'noReason' });
        }
      },
    };
  },
};

/**
 * no-restricted-imports only sees static `import` / `export ... from`. This applies the same
 * {regex, message} patterns to `import('x')` and `require('x')` with a literal specifier.
 * @type {import('eslint').Rule.RuleModule}
 */
const noRestrictedDynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'no-restricted-imports patterns, applied to import() and require().' },
    schema: [
      {
        type: 'object',
        properties: {
          patterns: {
            type: 'array',
            items: {
              type: 'object',
              properties: { regex: { type: 'string' }, message: { type: 'string' } },
              required: ['regex', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { restricted: "'{{source}}' import is restricted from being used by a pattern. {{message}}" },
  },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map((/** @type {Restriction} */ p) => ({
      re: new RegExp(p.regex, 'u'),
      message: p.message,
    }));
    /** @param {import('estree').Node | undefined} node */
    function check(node) {
      if (!node) return;
      const source =
        node.type === 'Literal' && typeof node.value === 'string'
          ? node.value
          : node.type === 'TemplateLiteral' && node.expressions.length === 0
            ? node.quasis[0]?.value.cooked
            : undefined;
      if (source == null) return;
      const hit = patterns.find((/** @type {{ re: RegExp }} */ p) => p.re.test(source));
      if (hit) context.report({ node, messageId: 'restricted', data: { source, message: hit.message } });
    }
    return {
      ImportExpression(node) {
        check(node.source);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          const [first] = node.arguments;
          if (first && first.type !== 'SpreadElement') check(first);
        }
      },
    };
  },
};

/**
 * A blanket `/* eslint-disable *\/` or `// eslint-disable-line` would also silence the report
 * about itself. Disable directives are applied before a processor's postprocess sees the
 * messages (they arrive marked with `suppressions`), so this processor lifts the suppression
 * from local/require-disable-reason only. Everything else passes through untouched.
 * @type {import('eslint').Linter.Processor}
 */
const auditDisables = {
  meta: { name: 'audit-disables' },
  supportsAutofix: true,
  preprocess: (text) => [text],
  postprocess(messageLists) {
    return messageLists.flat().map((message) => {
      if (message.ruleId !== 'local/require-disable-reason' || !('suppressions' in message)) return message;
      const { suppressions: _suppressions, ...unsuppressed } = /** @type {import('eslint').Linter.SuppressedLintMessage} */ (message);
      return unsuppressed;
    });
  },
};

const localPlugin = {
  meta: { name: 'briefing-local' },
  rules: {
    'require-disable-reason': requireDisableReason,
    'no-restricted-dynamic-imports': noRestrictedDynamicImports,
  },
  processors: { 'audit-disables': auditDisables },
};

/* ------------------------------------------------------------------------------------------ */

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'e2e-artifacts/', 'release/', '.tools/'], 'briefing/ignores'),

  {
    name: 'briefing/base',
    files: SOURCE_FILES,
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      // Scope-based rules (no-implied-eval, no-eval) only see globals that are declared.
      // No `globals` package here, so the few they look for are listed by hand.
      globals: {
        window: 'readonly',
        self: 'readonly',
        global: 'readonly',
        document: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        execScript: 'readonly',
      },
    },
    plugins: { local: localPlugin },
    processor: 'local/audit-disables',
    rules: coreRecommended,
  },

  {
    files: SOURCE_FILES,
    extends: [tseslint.configs.recommended],
  },

  {
    name: 'briefing/typescript-tweaks',
    files: SOURCE_FILES,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  {
    name: 'briefing/sinks',
    files: SOURCE_FILES,
    rules: {
      'no-restricted-syntax': ['error', ...sinkSyntax],
      'no-restricted-properties': ['error', ...sinkProperties],
      'no-eval': ['error', { allowIndirect: false }],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'local/require-disable-reason': 'error',
    },
  },

  // Layering. Default first; the folders below replace it for their files.
  layer('default', SOURCE_FILES, [R.electronOutsideShell]),
  layer('contract', ['contract/**'], [
    R.electronForContract,
    R.nodeForContract,
    R.nativeForContract,
    R.dbForContract,
    R.electronDirForContract,
    R.rendererForContract,
  ]),
  layer('db', ['db/**'], [R.electronForDb, R.electronDirForDb, R.rendererForDb]),
  layer('electron', ['electron/**'], [R.electronOutsideShell, R.rendererForElectron], [...SHELL_FILES, PRELOAD]),
  layer('electron-shell', SHELL_FILES, [R.rendererForElectron]),
  layer('electron-preload', [PRELOAD], [R.rendererForElectron, R.nodeForPreload, R.nativeForPreload, R.dbForPreload]),
  // renderer/vite.config.ts is build tooling run by Node, not the page: it keeps the default.
  layer('renderer', ['renderer/**'], [
    R.electronForRenderer,
    R.nodeForRenderer,
    R.nativeForRenderer,
    R.dbForRenderer,
    R.electronDirForRenderer,
  ], ['renderer/vite.config.ts']),

  // Unit tests of contract/ and renderer/ run in plain Node: Node modules allowed, the
  // dependency direction and the 'electron' ban still hold.
  layer('contract-tests', TEST_FILES.map((g) => `contract/${g}`), [
    R.electronForContract,
    R.dbForContract,
    R.electronDirForContract,
    R.rendererForContract,
  ]),
  layer('renderer-tests', TEST_FILES.map((g) => `renderer/${g}`), [
    R.electronForRenderer,
    R.dbForRenderer,
    R.electronDirForRenderer,
  ]),
);
