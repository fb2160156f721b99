// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices)
// in Debian's headless Chromium, driven by playwright-core, on every page
// given, at two viewports: 1280x800 and 320x256, the width WCAG 1.4.10
// (reflow) asks for at 400% zoom of 1280 CSS px. At 320 px a page must not
// scroll sideways either. Prints each violation and overflow on one line;
// exits 1 if there is any (or if a page fails to load), else 0.
// Usage: node axe_check.mjs BASE_DIR PAGE.html... (pages are named relative
// to BASE_DIR in the report). The browser is CHARTERC_TEST_CHROMIUM, by
// default /usr/bin/chromium: playwright-core never downloads one here.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The tools live in tests/tools/node_modules, beside this folder.
const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');
const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

const [base, ...pages] = process.argv.slice(2);
if (!base || pages.length === 0) {
  console.error('usage: node axe_check.mjs BASE_DIR PAGE.html...');
  process.exit(2);
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const viewports = [
  { name: '1280x800', width: 1280, height: 800, reflow: false },
  { name: '320x256', width: 320, height: 256, reflow: true },
];

// In the page: is it wider than the window, and if so which elements stick
// out? Reports the outermost element of each sticking-out chain (its parent
// fits), skipping what sits inside its own scrolling or clipping box, which
// cannot make the page scroll. Right-to-left pages overflow to the left.
function findOverflow(max) {
  const doc = document.documentElement;
  const width = window.innerWidth;
  const result = { scrollWidth: doc.scrollWidth, innerWidth: width, culprits: [] };
  if (doc.scrollWidth <= width) return result;
  const rtl = getComputedStyle(doc).direction === 'rtl';
  const sticksOut = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    return rtl ? r.left < -0.5 : r.right > width + 0.5;
  };
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== doc && a !== document.body; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if (ox !== 'visible') return true;
    }
    return false;
  };
  const selector = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 6; e = e.parentElement) {
      let s = e.localName;
      if (e.id) { parts.unshift(`${s}#${CSS.escape(e.id)}`); break; }
      const cls = [...e.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
      s += cls;
      const parent = e.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === e.localName);
        if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(s);
      if (e.localName === 'body') break;
    }
    return parts.join(' > ');
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (result.culprits.length >= max) break;
    if (!sticksOut(el) || clipped(el)) continue;
    if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
    const r = el.getBoundingClientRect();
    result.culprits.push({
      selector: selector(el),
      left: Math.round(r.left),
      right: Math.round(r.right),
      width: Math.round(r.width),
      text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
    });
  }
  return result;
}

const launchArgs = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
const executablePath = process.env.CHARTERC_TEST_CHROMIUM || '/usr/bin/chromium';
const started = Date.now();
let browser;
try {
  browser = await chromium.launch({ executablePath, args: launchArgs });
} catch (e) {
  console.error(`cannot start ${executablePath}: ${e.message.split('\n')[0]}`);
  process.exit(1);
}

let violationCount = 0;
let overflowCount = 0;
let loadFailures = 0;
const review = new Map(); // rule id -> page (viewport) list, "needs review": not counted
const loadFailed = (line) => { loadFailures++; console.log(line); };

try {
  for (const vp of viewports) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      deviceScaleFactor: 1,
    });
    // axe-core goes into every page as it loads: one transfer to the browser
    // instead of one per page.
    await context.addInitScript({ content: axeSource });
    const page = await context.newPage();
    // A stylesheet or image that fails to load, or a script error, is a
    // broken page: axe would be judging something the reader never sees.
    let loadProblems = [];
    page.on('requestfailed', (req) => loadProblems.push(`${req.url()}: ${req.failure()?.errorText}`));
    page.on('pageerror', (err) => loadProblems.push(`script error: ${err.message}`));
    for (const file of pages) {
      const name = path.relative(base, file);
      const where = `${name} (${vp.name})`;
      loadProblems = [];
      if (!existsSync(file)) { loadFailed(`${where}: page load failed - no such file`); continue; }
      try {
        await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load', timeout: 15000 });
      } catch (e) {
        loadFailed(`${where}: page load failed - ${e.message.split('\n')[0]}`);
        continue;
      }
      for (const p of loadProblems) loadFailed(`${where}: page load failed - ${p}`);

      const results = await page.evaluate(async (values) => {
        // eslint-disable-next-line no-undef
        return await axe.run(document, {
          runOnly: { type: 'tag', values },
          resultTypes: ['violations', 'incomplete'],
        });
      }, tags);
      for (const v of results.violations) {
        violationCount++;
        const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
        const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
        console.log(`${where}: ${v.id} [${v.impact}] - ${v.help} - ${targets}${more}`);
      }
      for (const v of results.incomplete) {
        if (!review.has(v.id)) review.set(v.id, []);
        review.get(v.id).push(where);
      }

      if (vp.reflow) {
        const o = await page.evaluate(findOverflow, 5);
        if (o.scrollWidth > o.innerWidth) {
          overflowCount++;
          console.log(`${where}: horizontal scrolling at ${vp.width} px - scrollWidth ${o.scrollWidth} > innerWidth ${o.innerWidth}`);
          for (const c of o.culprits) {
            console.log(`  overflowing: ${c.selector} [x ${c.left}..${c.right}, ${c.width} px wide] "${c.text}"`);
          }
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const [id, where] of review) {
  console.log(`needs review (not counted): ${id} on ${where.length} page views, e.g. ${where[0]}`);
}
const views = `${pages.length} pages x ${viewports.length} viewports`;
if (violationCount + overflowCount + loadFailures > 0) {
  console.log(`axe-core ${axeVersion}: ${violationCount} violations, ${overflowCount} horizontal overflows at 320 px, ` +
    `${loadFailures} load failures on ${views} (${seconds} s)`);
  process.exit(1);
}
console.log(`axe-core ${axeVersion}: 0 violations on ${views}, no horizontal scrolling at 320 px (${seconds} s)`);
