import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';
import { CONTENT_SECURITY_POLICY, readAppAsset, resolveAssetPath } from './app-assets.ts';

test('paths resolve inside the root and never outside it', () => {
  const root = '/srv/app/renderer';
  assert.equal(resolveAssetPath(root, 'app://briefing/'), '/srv/app/renderer/index.html');
  assert.equal(resolveAssetPath(root, 'app://briefing/assets/index.js'), '/srv/app/renderer/assets/index.js');
  for (const url of [
    'app://briefing/../main/main.cjs',
    'app://briefing/%2e%2e/main/main.cjs',
    'app://briefing/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://briefing/..%2f..%2fetc%2fpasswd',
    'app://briefing/%00index.html',
    'app://briefing/%E0%A4%A',
  ]) {
    const resolved = resolveAssetPath(root, url);
    assert.ok(resolved === null || resolved.startsWith(`${root}/`), `${url} -> ${resolved}`);
  }
  assert.equal(resolveAssetPath(root, 'app://briefing/..%2f..%2fetc%2fpasswd'), null);
  assert.equal(resolveAssetPath(root, 'app://briefing/%00index.html'), null);
});

test('a sibling folder whose name starts like the root is not inside it', () => {
  assert.equal(resolveAssetPath('/srv/app/renderer', 'app://briefing/..%2frenderer-secrets%2fkey'), null);
});

test('files are served with their type and the security headers; missing files are 404', async () => {
  const root = tempDir('assets');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  const ok = await readAppAsset(root, 'app://briefing/index.html');
  assert.equal(ok.status, 200);
  assert.equal(ok.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(ok.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.equal(ok.headers['x-content-type-options'], 'nosniff');
  const missing = await readAppAsset(root, 'app://briefing/nope.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
});

test('the policy allows no remote origin, no inline script and no eval', () => {
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /https?:|\*|unsafe-inline|unsafe-eval|data:[^;]*script/);
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
  assert.match(CONTENT_SECURITY_POLICY, /connect-src 'none'/);
});

test('the page carries the same policy in a meta tag', () => {
  const html = fs.readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  // frame-ancestors is ignored in a meta tag, so the header alone carries it.
  assert.equal(meta, CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
});
