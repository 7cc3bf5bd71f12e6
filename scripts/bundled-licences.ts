/**
 * The packages that ship, read from the build's module lists (dist/meta/, written by
 * scripts/build-main.ts and renderer/vite.config.ts) plus better-sqlite3, the one package
 * loaded from node_modules at run time; each one's licence from its package.json, checked
 * against an allow-list. Then, with --audit, `npm audit --omit=dev` over the production
 * dependencies — advisory: it prints what it finds and never fails the run.
 *
 *   node scripts/bundled-licences.ts [--audit]    (after npm run build)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Permissive licences (and the fonts' OFL) whose terms a bundled copy meets by keeping the notice. */
export const ALLOWED_LICENCES = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'Zlib', 'OFL-1.1', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0']);
/** Loaded from node_modules by the packaged app rather than bundled. */
const RUNTIME_PACKAGES = ['better-sqlite3'];

/**
 * Where a bundled file's package is installed, as package-lock names it:
 * `…/node_modules/pdf-lib/node_modules/tslib/x.js` → `node_modules/pdf-lib/node_modules/tslib`.
 */
export function installPathOfModule(file: string): string | null {
  const parts = file.replace(/\\/g, '/').replace(/^\0/, '').split('/');
  let at = parts.indexOf('node_modules');
  if (at === -1) return null;
  const installed: string[] = [];
  while (parts[at] === 'node_modules' && at + 1 < parts.length) {
    const scoped = parts[at + 1]!.startsWith('@');
    installed.push('node_modules', ...parts.slice(at + 1, at + (scoped ? 3 : 2)));
    at += scoped ? 3 : 2;
  }
  return installed.join('/');
}

/** Whether an SPDX expression allows use under one of the allowed licences ("(MIT OR Apache-2.0)"). */
export function licenceAllowed(expression: string | undefined): boolean {
  if (!expression) return false;
  const text = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\bAND\b/.test(text)) return text.split(/\s+AND\s+/).every((part) => licenceAllowed(part));
  return text.split(/\s+OR\s+/).some((id) => ALLOWED_LICENCES.has(id.trim().replace(/^\(|\)$/g, '')));
}

interface Shipped {
  name: string;
  version: string;
  licence: string | undefined;
  /** Installed only as a devDependency (package-lock's `dev`): `npm audit --omit=dev` would not see it. */
  devOnly: boolean;
}

function licenceOf(manifest: { license?: unknown; licenses?: unknown }): string | undefined {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof (manifest.license as { type?: unknown }).type === 'string') return (manifest.license as { type: string }).type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l: { type?: string }) => l.type).filter(Boolean).join(' OR ') || undefined;
  return undefined;
}

export function shippedPackages(metaDir = path.join(root, 'dist', 'meta')): Shipped[] {
  const lists = ['main-modules.json', 'renderer-modules.json'].map((f) => path.join(metaDir, f));
  const missing = lists.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`${missing.join(', ')} not found: run npm run build first.`);
  const installed = new Set(RUNTIME_PACKAGES.map((name) => `node_modules/${name}`));
  for (const list of lists) for (const file of JSON.parse(fs.readFileSync(list, 'utf8')) as string[]) {
    const dir = installPathOfModule(file);
    if (dir) installed.add(dir);
  }
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return [...installed].sort().map((dir) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown; licenses?: unknown };
    return { name: manifest.name, version: manifest.version, licence: licenceOf(manifest), devOnly: lock.packages[dir]?.dev === true };
  });
}

function audit(): void {
  const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  let report: { vulnerabilities?: Record<string, { severity: string; via: unknown[] }>; metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string }; message?: string };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.log(`npm audit (advisory) could not run: ${(run.stderr || run.error?.message || 'no output').trim().split('\n')[0]}. Nothing was checked; this does not fail the run.`);
    return;
  }
  if (report.error || !report.metadata) {
    console.log(`npm audit (advisory) could not reach the registry's audit service: ${report.error?.summary || report.message || 'no report'}. Nothing was checked; this does not fail the run.`);
    return;
  }
  const counts = report.metadata.vulnerabilities ?? {};
  const found = Object.entries(report.vulnerabilities ?? {});
  console.log(`npm audit --omit=dev (advisory): ${found.length} vulnerable production packages (${['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}).`);
  for (const [name, v] of found) console.log(`  ${name}: ${v.severity}`);
}

if (import.meta.main) {
  const shipped = shippedPackages();
  const refused = shipped.filter((p) => !licenceAllowed(p.licence));
  const devOnly = shipped.filter((p) => p.devOnly);
  for (const p of shipped) {
    const problems = [...(licenceAllowed(p.licence) ? [] : ['licence not allowed']), ...(p.devOnly ? ['only a devDependency'] : [])];
    console.log(`${problems.length ? '✗' : ' '} ${p.name}@${p.version}  ${p.licence ?? '(no licence field)'}${problems.length ? `  — ${problems.join(', ')}` : ''}`);
  }
  console.log(`${shipped.length} shipped packages; ${refused.length} with a licence outside the allow-list (${[...ALLOWED_LICENCES].join(', ')}); ${devOnly.length} reached only through devDependencies.`);
  if (process.argv.includes('--audit')) audit();
  process.exitCode = refused.length || devOnly.length ? 1 : 0;
}
