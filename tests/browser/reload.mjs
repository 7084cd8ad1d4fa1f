// privsite serve in a real browser: an open page reloads by itself after a save, shows
// a broken source's error over the last good page, and clears it once the file is fixed.
//
//     PRIVSITE_BIN=target/debug/privsite node tests/browser/reload.mjs
//
// Runs `privsite serve --port 0` on a temporary copy of tests/fixtures/basic and drives
// Debian's Chromium (PRIVSITE_CHROMIUM, default /usr/bin/chromium) with playwright-core.
// tests/browser.rs runs it under `cargo test`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = process.env.PRIVSITE_BIN ?? path.join(repo, 'target/debug/privsite');
const browserPath = process.env.PRIVSITE_CHROMIUM ?? '/usr/bin/chromium';
const PATIENCE = 10_000;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'privsite-browser-'));
fs.cpSync(path.join(repo, 'tests/fixtures/basic'), root, { recursive: true });
const revision = 'content/acme/en/2023-06-01.toml';
const revisionPath = path.join(root, revision);
const original = fs.readFileSync(revisionPath, 'utf8');
const save = (text) => fs.writeFileSync(revisionPath, text);

/** Starts the server and resolves with the URL it prints once it serves. */
function startServer() {
  const server = spawn(bin, ['-C', root, 'serve', '--port', '0', '--date', '2025-01-01'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: server.stdout });
    lines.on('line', (line) => {
      console.log(`  server: ${line}`);
      const match = /^serving (\S+)/.exec(line);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`privsite serve exited with ${code}`)));
    server.on('error', reject);
  });
  return { server, url };
}

function step(name) {
  console.log(`- ${name}`);
}

const { server, url: serving } = startServer();
let browser;
try {
  const home = await serving;
  browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(PATIENCE);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const overlay = page.locator('#privsite-error-overlay [role="alert"]');

  step('the page opens with the live script');
  await page.goto(`${home}acme/en/`);
  await page.getByRole('heading', { name: 'What we collect' }).waitFor();
  await page.evaluate(() => { window.privsiteTestMarker = 'before the save'; });

  step('a save reloads the page by itself');
  save(original.replace('What we collect', 'What we gather'));
  await page.getByRole('heading', { name: 'What we gather' }).waitFor();
  assert.equal(await page.evaluate(() => window.privsiteTestMarker), undefined,
    'the new text came without a reload');

  step('a broken source shows its error over the last good page');
  const broken = original
    .replace('What we collect', 'What we gather')
    .replace('title = "Billing"', 'titel = "Billing"');
  const line = broken.split('\n').findIndex((l) => l.startsWith('titel')) + 1;
  save(broken);
  await overlay.waitFor({ state: 'visible' });
  const shown = await overlay.innerText();
  assert.match(shown, new RegExp(`${revision.replace(/\./g, '\\.')}:${line}:1`));
  assert.match(shown, /titel/);
  assert.ok(await page.getByRole('heading', { name: 'What we gather' }).count() > 0,
    'the last good page stays under the overlay');

  step('a page opened while the site is broken shows the error at once');
  const second = await browser.newPage();
  await second.goto(`${home}acme/en/`);
  const secondOverlay = second.locator('#privsite-error-overlay [role="alert"]');
  await secondOverlay.waitFor({ state: 'visible', timeout: PATIENCE });
  assert.match(await secondOverlay.innerText(), new RegExp(`:${line}:1`));
  await second.close();

  step('the overlay can be dismissed, and a new error brings it back');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await overlay.waitFor({ state: 'detached' });
  const brokenElsewhere = broken.replace('name = "Alpha Hosting"', 'nam = "Alpha Hosting"');
  const otherLine = brokenElsewhere.split('\n').findIndex((l) => l.startsWith('nam =')) + 1;
  save(brokenElsewhere);
  await page.locator('#privsite-error-overlay').getByText(`:${otherLine}:1`).waitFor();

  step('the fix clears the overlay and shows the new text');
  save(original.replace('What we collect', 'What we hold'));
  await page.getByRole('heading', { name: 'What we hold' }).waitFor();
  await overlay.waitFor({ state: 'detached' });

  step('a 404 page reloads once a new revision serves its address');
  const missing = await page.goto(`${home}acme/en/2024-06-01/`);
  assert.equal(missing.status(), 404);
  fs.writeFileSync(path.join(root, 'content/acme/en/2024-06-01.toml'),
    original.replace('What we collect', 'What the newest revision collects'));
  await page.getByRole('heading', { name: 'What the newest revision collects' }).waitFor();

  assert.deepEqual(pageErrors, [], 'script errors on the page');
  console.log('ok: the preview reloads, shows errors and recovers in Chromium');
} finally {
  await browser?.close();
  server.kill('SIGINT');
  await new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.on('exit', resolve);
  });
  fs.rmSync(root, { recursive: true, force: true });
}
