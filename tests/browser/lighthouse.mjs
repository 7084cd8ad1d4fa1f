// Lighthouse on a built site, as a person would run it on the published pages: the folder
// is served over HTTP on loopback (under the base URL's path, as a static host would),
// one headless Chromium is started, and Lighthouse audits each page in turn with the
// mobile form factor in its four categories (performance, accessibility, best practices,
// SEO). Prints one JSON object on stdout: for each page, each category's score and the
// audits that cost it points (id, title, score); tests/suite/lighthouse.rs asserts on it.
//
//     node tests/browser/lighthouse.mjs SITE_DIR BASE_PATH PAGE...
//
// where BASE_PATH is the path part of the site's base URL (`/legal/`) and each PAGE a path
// below it (`quickbutik/en/`). Nothing is fetched from anywhere but the loopback server.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [siteDir, basePath, ...pages] = process.argv.slice(2);
if (!siteDir || !basePath || pages.length === 0) {
  console.error('usage: node lighthouse.mjs SITE_DIR BASE_PATH PAGE...');
  process.exit(2);
}
const browserPath = process.env.PRIVSITE_CHROMIUM ?? '/usr/bin/chromium';
const root = path.resolve(siteDir);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static host: files below `root` at `basePath`, `index.html` for a folder, else 404. */
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let rel = decodeURIComponent(url.pathname);
  const file = rel.startsWith(basePath)
    ? path.join(root, rel.slice(basePath.length))
    : null;
  let target = file;
  if (target && rel.endsWith('/')) target = path.join(target, 'index.html');
  if (!target || !target.startsWith(root) || !fs.existsSync(target) || !fs.statSync(target).isFile()) {
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(fs.readFileSync(path.join(root, '404.html')));
    return;
  }
  res.writeHead(200, {
    'content-type': types[path.extname(target)] ?? 'application/octet-stream',
    'cache-control': 'max-age=31536000',
  });
  res.end(fs.readFileSync(target));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath: browserPath,
  chromeFlags: [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

const results = {};
try {
  for (const page of pages) {
    const url = `${origin}${basePath}${page}`;
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = run.lhr;
    const categories = {};
    for (const [id, category] of Object.entries(lhr.categories)) {
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id, title: audit.title, score: audit.score, value: audit.displayValue ?? null,
        }));
      categories[id] = { score: category.score, failing };
    }
    const metrics = {};
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      metrics[id] = lhr.audits[id]?.numericValue ?? null;
    }
    results[page] = {
      url, runtimeError: lhr.runtimeError?.message ?? null, categories, metrics,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    };
  }
} finally {
  await chrome.kill();
  server.close();
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
