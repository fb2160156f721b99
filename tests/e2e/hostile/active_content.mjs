// Loads every page charterc wrote for the hostile projects (HTML pages,
// fragments, EPUB chapters and navigation) in Debian's headless Chromium,
// driven by playwright-core, and fails on any sign of active content:
// - a payload ran: it calls __pwn(n) (a binding this script exposes) or
//   alert(n) (a dialog);
// - the page asked for anything but local files (every request is seen);
// - the markup holds what could run or leave the page: an on...= attribute,
//   a <script> (JSON-LD data aside), <iframe>, <object>, <embed>, <base>,
//   <form>, a refresh <meta>, <math>, an <svg> outside the How-we-did chart,
//   a <style> in the body, a style attribute with url(), or a link or
//   source whose address resolves to a scheme other than file:, http:,
//   https:, mailto: or tel:. Every such link is also clicked, so a
//   javascript: address shows itself by running;
// - a page (not a fragment) lacks the Content-Security-Policy <meta> that
//   forbids script, or puts it after what it should govern.
// The pages are loaded with the policy bypassed, so escaping is tested on
// its own, not hidden behind the policy.
// Usage: node active_content.mjs BASE_DIR FILE... (one line per finding;
// exit 1 if any). The browser is CHARTERC_TEST_CHROMIUM (/usr/bin/chromium).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, ...files] = process.argv.slice(2);
if (!base || files.length === 0) {
  console.error('usage: node active_content.mjs BASE_DIR FILE...');
  process.exit(2);
}

const findings = [];
const ran = new Set();
let current = '';
const report = (kind, detail) => findings.push({ kind, line: `${current}: ${kind}: ${detail}` });

const browser = await chromium.launch({
  executablePath: process.env.CHARTERC_TEST_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext({ bypassCSP: true });
await context.exposeBinding('__pwn', (_source, n) => {
  ran.add(String(n));
  report('script ran', `__pwn(${n})`);
});
context.on('request', (request) => {
  const protocol = new URL(request.url()).protocol;
  if (!['file:', 'data:', 'about:', 'blob:'].includes(protocol)) report('network request', request.url());
});
context.on('page', (page) => {
  page.on('dialog', async (dialog) => {
    ran.add(dialog.message());
    report('dialog', `${dialog.type()} "${dialog.message()}"`);
    await dialog.dismiss().catch(() => {});
  });
});

// In the page: the markup findings and the indexes of links to click.
function inspect(isFragment) {
  const out = { problems: [], suspectLinks: [] };
  const allowed = ['file:', 'http:', 'https:', 'mailto:', 'tel:'];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'srcdoc'];
  const forbidden = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button',
    'textarea', 'select', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'marquee', 'details'];
  const describe = (el) => `<${el.localName}${el.id ? '#' + el.id : ''}>`;
  const all = document.querySelectorAll('*');
  for (const el of all) {
    const name = el.localName;
    if (name === 'script' && el.getAttribute('type') !== 'application/ld+json') out.problems.push(`${describe(el)} element`);
    if (forbidden.includes(name)) out.problems.push(`${describe(el)} element`);
    if (name === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') out.problems.push('refresh <meta>');
    if (name === 'style' && el.closest('body')) out.problems.push('<style> in the body');
    if (name === 'svg' && !el.closest('figure')) out.problems.push('<svg> outside the results chart');
    if (name === 'link' && !['stylesheet', 'alternate', 'canonical'].includes((el.getAttribute('rel') || '').toLowerCase())) {
      out.problems.push(`<link rel="${el.getAttribute('rel')}">`);
    }
    for (const attr of el.attributes) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) out.problems.push(`${describe(el)} ${attr.name}="${attr.value.slice(0, 60)}"`);
      if (attrName === 'style' && /url\(|expression|@import/i.test(attr.value)) out.problems.push(`${describe(el)} style="${attr.value.slice(0, 60)}"`);
      if (urlAttributes.includes(attrName)) {
        let protocol;
        // "//host/path" takes the page's scheme: on a page read from disk
        // it is no valid file URL, on the web it is http(s).
        const from = attr.value.startsWith('//') ? 'https://site.invalid/' : document.baseURI;
        try { protocol = new URL(attr.value, from).protocol; } catch { protocol = 'unparsable'; }
        if (!allowed.includes(protocol)) {
          out.problems.push(`${describe(el)} ${attr.name}="${attr.value.slice(0, 60)}" (${protocol})`);
          if (name === 'a') out.suspectLinks.push([...document.querySelectorAll('a')].indexOf(el));
        }
      }
    }
  }
  if (!isFragment) {
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    const content = policy ? policy.getAttribute('content') : '';
    if (!policy) out.problems.push('no Content-Security-Policy <meta>');
    else if (!/default-src 'none'/.test(content) || /script-src|'unsafe-eval'/.test(content)) out.problems.push(`weak policy: ${content}`);
    else {
      const governed = document.querySelector('head link, head style, head script, body');
      if (governed && (policy.compareDocumentPosition(governed) & Node.DOCUMENT_POSITION_PRECEDING)) {
        out.problems.push('policy <meta> after what it governs');
      }
    }
  }
  return out;
}

const settle = (page) => page.waitForTimeout(250);
const page = await context.newPage();
for (const file of files) {
  current = path.relative(base, file);
  const url = pathToFileURL(path.resolve(file)).href;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15000 });
  } catch (e) {
    report('load failed', e.message.split('\n')[0]);
    continue;
  }
  await settle(page);
  const { problems, suspectLinks } = await page.evaluate(inspect, current.includes('fragments/'));
  for (const problem of problems) report('markup', problem);
  // Follow each suspect link as a reader would, so one that runs shows it.
  for (const index of suspectLinks) {
    await page.goto(url, { waitUntil: 'load', timeout: 15000 }).catch(() => {});
    await page.evaluate((i) => document.querySelectorAll('a')[i]?.click(), index).catch(() => {});
    await settle(page);
  }
}
await browser.close();

for (const finding of findings) console.log(finding.line);
const count = (kind) => findings.filter((f) => f.kind === kind).length;
console.log(`${files.length} files: ${count('script ran') + count('dialog')} script runs (${ran.size} distinct payloads), ` +
  `${count('network request')} network requests, ${count('markup')} markup findings, ${count('load failed')} load failures`);
process.exit(findings.length > 0 ? 1 : 0);
