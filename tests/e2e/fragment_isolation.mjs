// Embeds charterc's fragments in host pages in Debian's headless Chromium
// (playwright-core) and checks, for each fragment given:
//  1. the fragment looks the same in a host page whose global stylesheet is
//     hostile (universal and element rules for fonts, colours, margins,
//     floats, display, ::before content, and the fragment's own unprefixed
//     class names) as in a plain host page: every element's computed style
//     (and its ::before and ::after) is compared property by property;
//  2. the host page's own elements look the same with the fragment and its
//     stylesheet added as without them;
//  3. axe-core finds no WCAG 2.2 A/AA violation in the plain host page
//     holding the fragment (a fragment is not a page, so it is checked where
//     it is used).
// Prints each difference on one line; exits 1 if there is any.
// Usage: node fragment_isolation.mjs OUT_DIR FRAGMENT.html... (relative to
// OUT_DIR/fragments). The browser is CHARTERC_TEST_CHROMIUM, by default
// /usr/bin/chromium.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [out, ...fragments] = process.argv.slice(2);
if (!out || fragments.length === 0) {
  console.error('usage: node fragment_isolation.mjs OUT_DIR FRAGMENT.html...');
  process.exit(2);
}
const fragmentCss = readFileSync(path.join(out, 'fragments', 'charterc-fragment.css'), 'utf8');

// What a careless site stylesheet does, loaded before the fragment's as
// docs/web-teams.md asks: no ids and no !important (those can beat any
// embedded stylesheet; the documentation says so).
const hostileCss = `
* { color: rgb(200, 0, 0); font-family: "Comic Sans MS", cursive; letter-spacing: 2px; box-sizing: content-box; margin: 3px; }
html { font-size: 24px; line-height: 3; }
body { font: italic 20px/2.5 serif; color: purple; text-transform: uppercase; word-spacing: 4px; background: #ffc; text-align: center; }
h1, h2, h3 { font-size: 40px; color: green; border-bottom: 4px dashed red; text-transform: lowercase; }
p { margin: 40px; padding: 10px; text-indent: 3em; }
a { color: orange; text-decoration: none; font-weight: 900; }
a:visited { color: pink; }
ul, ol { list-style: square; padding: 0; }
li { float: left; width: 30%; }
table { border-collapse: separate; border: 8px double blue; }
td, th { padding: 20px; background: pink; }
dl, dt, dd { display: inline; }
nav { position: relative; top: 10px; }
article { border: 10px solid black; padding: 30px; }
section, div, span { padding: 7px; }
time, strong, em { font-style: oblique; font-weight: 100; }
p::before { content: "HOST "; }
li::after { content: " *"; }
.summary { font-size: 8px; }
.toc, .document-details { display: none; }
.commitment, .permalink, .fact, .charterc-fragment-x { display: none; }
[lang] { font-variant: small-caps; }
[dir="rtl"] { direction: ltr; }
`;

const hostMarkup = `
<header><h1 class="summary">Host site</h1><p class="toc">Host paragraph with <a href="#top">a link</a>.</p></header>
<nav class="document-details"><ul><li>One</li><li>Two</li></ul></nav>
<table><tr><th>Host</th><td class="commitment">cell</td></tr></table>`;

function page({ hostile, host, fragment, css }) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
${hostile ? `<style>${hostileCss}</style>` : ''}
${css ? `<style>${fragmentCss}</style>` : ''}
</head><body><main>
<div id="host">${host ? hostMarkup : ''}</div>
<div id="slot" style="all: initial; display: block; width: 760px">${fragment ?? ''}</div>
</main></body></html>`;
}

const properties = [
  'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-decoration-line', 'text-align',
  'text-indent', 'direction', 'display', 'position', 'float', 'top', 'visibility', 'list-style-type',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom',
  'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'border-bottom-width',
  'border-bottom-style', 'border-left-width', 'border-right-width', 'border-collapse', 'box-sizing', 'width', 'height',
];

// Every element under `selector`, in document order, with its computed
// style and its ::before and ::after content.
function styles({ selector, properties }) {
  const root = document.querySelector(selector);
  return [...root.querySelectorAll('*')].map((element) => {
    const style = getComputedStyle(element);
    const values = {};
    for (const p of properties) values[p] = style.getPropertyValue(p);
    values['::before'] = getComputedStyle(element, '::before').getPropertyValue('content');
    values['::after'] = getComputedStyle(element, '::after').getPropertyValue('content');
    const name = element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '');
    return { name, values };
  });
}

function compare(label, expected, actual) {
  let differences = 0;
  if (expected.length !== actual.length) {
    console.log(`${label}: ${expected.length} elements, then ${actual.length}`);
    return 1;
  }
  expected.forEach((element, i) => {
    for (const [property, value] of Object.entries(element.values)) {
      if (actual[i].values[property] !== value) {
        differences++;
        if (differences <= 20) {
          console.log(`${label}: ${element.name} #${i}: ${property} ${JSON.stringify(value)} became ${JSON.stringify(actual[i].values[property])}`);
        }
      }
    }
  });
  if (differences > 20) console.log(`${label}: ... ${differences} differences in all`);
  return differences;
}

const launchArgs = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
const executablePath = process.env.CHARTERC_TEST_CHROMIUM || '/usr/bin/chromium';
let browser;
try {
  browser = await chromium.launch({ executablePath, args: launchArgs });
} catch (e) {
  console.error(`cannot start ${executablePath}: ${e.message.split('\n')[0]}`);
  process.exit(1);
}
let failures = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const measure = async (html, selector) => {
    await tab.setContent(html, { waitUntil: 'load' });
    return tab.evaluate(styles, { selector, properties });
  };
  // The host page alone, with its hostile stylesheet: the reference for 2.
  const hostAlone = await measure(page({ hostile: true, host: true }), '#host');
  for (const name of fragments) {
    const fragment = readFileSync(path.join(out, 'fragments', name), 'utf8');
    const count = (fragment.match(/<[a-z]/g) || []).length;
    const plain = await measure(page({ fragment, css: true }), '#slot');
    const hostile = await measure(page({ hostile: true, host: true, fragment, css: true }), '#slot');
    if (plain.length < 20 || plain.length !== count) {
      console.log(`${name}: measured ${plain.length} elements of ${count}`);
      failures++;
    }
    failures += compare(`${name} in a hostile page`, plain, hostile);
    const hostWith = await measure(page({ hostile: true, host: true, fragment, css: true }), '#host');
    failures += compare(`host page with ${name}`, hostAlone, hostWith);
    // Sanity: the hostile stylesheet does change an unprotected copy.
    const unprotected = await measure(page({ hostile: true, host: true, fragment, css: false }), '#slot');
    let changed = 0;
    unprotected.forEach((element, i) => {
      if (plain[i] && element.values.color !== plain[i].values.color) changed++;
    });
    if (changed === 0) {
      console.log(`${name}: the hostile stylesheet changes nothing even without the fragment stylesheet`);
      failures++;
    }
    // axe-core on the plain host page holding the fragment.
    await tab.setContent(page({ fragment, css: true }), { waitUntil: 'load' });
    await tab.evaluate(axeSource);
    const results = await tab.evaluate(async () => {
      // eslint-disable-next-line no-undef
      return await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    });
    for (const violation of results.violations) {
      failures++;
      console.log(`${name}: axe ${violation.id}: ${violation.help} (${violation.nodes.length} elements)`);
    }
    console.log(`${name}: ${plain.length} elements compared`);
  }
} finally {
  await browser.close();
}
console.log(failures === 0 ? 'fragments: isolated both ways' : `fragments: ${failures} problems`);
process.exit(failures === 0 ? 0 : 1);
