import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const rendererRoot = path.join(repoRoot, 'dist', 'renderer');
export const mainBundle = path.join(repoRoot, 'dist', 'main', 'main.cjs');
export const screensDir = path.join(repoRoot, 'e2e-artifacts', 'screens');
export const artifactsDir = path.join(repoRoot, 'e2e-artifacts');
