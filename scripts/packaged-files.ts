/**
 * What a release's app.asar holds, without an Electron binary: electron-builder packs the
 * project (`--dir`, the real electron-builder.yml) around a stand-in Electron that is only
 * the fuse wire the fuses step flips, and the archive is listed. The files rules decide
 * what ships, so this is what the packaged-file test and CI check.
 *
 *   node scripts/packaged-files.ts [projectDir]   prints the archive's files, one a line
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));

/** Electron's fuse sentinel, wire version 1 and nine fuses: enough for @electron/fuses to flip. */
function standInElectron(folder: string): void {
  const wire = Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.alloc(9, 0x30)]);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'electron'), wire, { mode: 0o755 });
}

export async function packagedFiles(projectDir: string): Promise<string[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pack-'));
  try {
    const electronDist = path.join(work, 'electron');
    standInElectron(electronDist);
    const { build, Platform } = require('electron-builder') as typeof import('electron-builder');
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    await build({
      projectDir,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // Merged over the project's electron-builder.yml, which is read as it ships.
      config: { electronDist, electronVersion: version, directories: { output: path.join(work, 'out') } },
    });
    const asar = require('@electron/asar') as { listPackage(file: string, options: object): string[] };
    const archive = path.join(work, 'out', 'linux-unpacked', 'resources', 'app.asar');
    return asar
      .listPackage(archive, {})
      .map((f) => f.replace(/\\/g, '/').replace(/^\//, ''))
      .sort();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const files = await packagedFiles(path.resolve(process.argv[2] ?? root));
  process.stdout.write(`${JSON.stringify(files)}\n`);
}
