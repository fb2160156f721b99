// The preview in a real browser (Debian's headless Chromium, driven by
// playwright-core): a page whose theme sets a strict Content-Security-Policy
// still runs the preview script (and nothing it forbade), a save reloads
// the page by itself, the panel shows the new error with file:line, passes
// axe-core, is reached with the keyboard and dismissed with Escape.
// Prints one line per failed check; exits 1 if any failed.
// Usage: node serve_browser.mjs BASE_URL PROJECT_DIR
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [base, project] = process.argv.slice(2);
const charter = path.join(project, 'charters', 'charter.md');
const generous = 60000;  // a busy machine: waits end on the event, not the clock
let failed = 0;
function check(name, ok, detail = '') {
  if (!ok) {
    failed++;
    console.log(`FAILED: ${name}${detail ? ': ' + detail : ''}`);
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHARTERC_TEST_CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  // Every CSP violation of the page, from before its first script.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}/en/charter.html`);
  await page.waitForFunction(() => document.querySelector('script[src="/_charterc/live.js"]') !== null);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  check('the page keeps its policy, widened for the preview only', policy && policy.includes("script-src 'none'") === false && policy.includes('/_charterc/live.js'), policy);
  check('a clean page shows no panel', (await page.locator('#charterc-serve-panel').count()) === 0);

  // A save with a new error: the page reloads by itself.
  const reloaded = page.waitForEvent('load', { timeout: generous });
  const text = readFileSync(charter, 'utf8') + '- We answer letters within {{ no.such.fact }}. {#letters}\n';
  writeFileSync(charter, text);
  const line = text.split('\n').findIndex((l) => l.includes('no.such.fact')) + 1;
  await reloaded;
  const panel = page.locator('#charterc-serve-panel section');
  await panel.waitFor({ timeout: generous });
  const status = page.locator('#charterc-serve-panel [role="status"]');
  await page.waitForFunction(() => {
    const host = document.querySelector('#charterc-serve-panel');
    return host && host.shadowRoot.querySelector('[role="status"]').textContent.length > 0;
  }, null, { timeout: generous });
  const panelText = await panel.innerText();
  check('the panel names the error at its place', panelText.includes(`charters/charter.md:${line}:`), panelText);
  check('the panel says the page is the last good version', (await status.innerText()).includes('last good version'));
  const position = await page.evaluate(() => getComputedStyle(document.querySelector('#charterc-serve-panel').shadowRoot.querySelector('.panel')).position);
  check('the panel is styled under the page policy', position === 'fixed', position);

  // axe-core on the panel. The page's policy forbids injecting it, so it
  // runs in a second tab that ignores the policy, on the same page.
  const open = await browser.newContext({ bypassCSP: true });
  const second = await open.newPage();
  await second.goto(`${base}/en/charter.html`);
  await second.locator('#charterc-serve-panel section').waitFor({ timeout: generous });
  await second.addScriptTag({ content: axeSource });
  const results = await second.evaluate(() => window.axe.run({ include: [['#charterc-serve-panel']] },
    { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  check('the panel passes axe-core', results.violations.length === 0,
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; '));
  check('axe-core looked at the panel', results.passes.length > 0);
  await open.close();

  // Keyboard: Tab reaches the panel's buttons; Escape dismisses it.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const host = document.querySelector('#charterc-serve-panel');
      return host !== null && host.shadowRoot.activeElement !== null && host.shadowRoot.activeElement.tagName === 'BUTTON';
    });
  }
  check('Tab reaches the panel', reached);
  await page.keyboard.press('Escape');
  check('Escape dismisses the panel', (await page.locator('#charterc-serve-panel').count()) === 0);

  const violations = await page.evaluate(() => window.__violations);
  check('the preview causes no policy violation', violations.length === 0, violations.join('; '));
  // What the policy forbade stays forbidden: an inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    return window.__inlineRan === true;
  });
  check('the page policy still forbids inline script', !ran);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
