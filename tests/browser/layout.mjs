// The pages fit what they are shown on: the example site built and opened from the file
// system in headless Chromium, at a phone's width (390 px), at 1280 and 1920 px, and
// laid out for print on A4 portrait. No page scrolls sideways, no table is wider than
// its column (so nothing hides behind a scrollbar or is cut off on paper), and on a
// phone every table is a stack of cards whose cells say what they are.
//
//     PRIVSITE_BIN=target/debug/privsite node tests/browser/layout.mjs
//
// With PRIVSITE_SCREENSHOTS=DIR it also writes a PNG of each page and width, and a PDF
// of each printed page, for a person to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = process.env.PRIVSITE_BIN ?? path.join(repo, 'target/debug/privsite');
const browserPath = process.env.PRIVSITE_CHROMIUM ?? '/usr/bin/chromium';
const shots = process.env.PRIVSITE_SCREENSHOTS;

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'privsite-layout-')), 'site');
execFileSync(bin, ['-C', repo, 'build', '--date', '2026-11-22', '--output', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const pages = [
  'quickbutik/sv/processors/index.html',
  'quickbutik/en/processors/index.html',
  'skara-websolution/sv/processors/index.html',
  'quickbutik/en/index.html',
  'skara-websolution/sv/index.html',
  'quickbutik/en/2022-09-01/diff/index.html',
  'quickbutik/en/history/index.html',
  'quickbutik/subprocessors/sv/index.html',
  'skara-websolution/cookies/sv/index.html',
  'skara-websolution/cookies/sv/cookies/index.html',
];

const browser = await chromium.launch({
  executablePath: browserPath,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

/** What overflows on the open page: the page itself, and each table against its box. */
async function overflows(page) {
  return page.evaluate(() => {
    const found = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      found.push(`page ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
    }
    for (const table of document.querySelectorAll('table')) {
      const box = table.parentElement;
      if (table.scrollWidth > box.clientWidth + 1) {
        found.push(`table.${table.className} ${table.scrollWidth} px in ${box.clientWidth} px`);
      }
      for (const cell of table.querySelectorAll('th, td')) {
        if (cell.scrollWidth > cell.clientWidth + 1) {
          found.push(`a cell of table.${table.className} overflows: ${cell.textContent.slice(0, 40)}`);
          break;
        }
      }
    }
    return found;
  });
}

let checked = 0;
try {
  for (const rel of pages) {
    const url = pathToFileURL(path.join(out, rel)).href;
    const name = rel.replace(/\/index\.html$/, '').replaceAll('/', '_');
    for (const width of [390, 1280, 1920]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(url);
      assert.deepEqual(await overflows(page), [], `${rel} at ${width} px`);
      if (width === 390) {
        // Cards: no table header row in view, and each data cell labelled.
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll('table.processors, table.removed')].map((t) => ({
            headerHidden: t.tHead.getBoundingClientRect().right < 0,
            unlabelled: [...t.querySelectorAll('tbody td')].filter(
              (td) => !td.dataset.label,
            ).length,
          })),
        );
        for (const card of cards) {
          assert.ok(card.headerHidden, `${rel}: table header shown on a phone`);
          assert.equal(card.unlabelled, 0, `${rel}: unlabelled cells on a phone`);
        }
      }
      if (shots) {
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
      }
      await page.close();
      checked += 1;
    }
    // Print: A4 portrait with 15 mm margins leaves 180 mm, about 680 CSS px.
    const page = await browser.newPage({ viewport: { width: 680, height: 900 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await overflows(page), [], `${rel} printed`);
    const address = await page.evaluate(() => {
      const p = document.querySelector('.print-address');
      return p && getComputedStyle(p).display !== 'none' ? p.textContent : null;
    });
    if (!rel.includes('/diff/') && !rel.includes('/history/')) {
      assert.match(address ?? '', /https:\/\//, `${rel}: the printed page shows its address`);
    }
    if (shots) {
      await page.pdf({ path: path.join(shots, `${name}-print.pdf`), format: 'A4' });
    }
    await page.close();
    checked += 1;
  }
} finally {
  await browser.close();
}
console.log(`layout: ${checked} page views fit (${pages.length} pages, 3 widths and print)`);
