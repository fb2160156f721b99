// Screenshots of the "How we did" pages for docs/images/, taken with
// Debian's headless Chromium driven by playwright-core (tests/tools).
// Usage: node scripts/results-screenshots.mjs OUT_DIR IMAGES_DIR LANG...
// (OUT_DIR: a build of the sample project: charterc build . -o OUT_DIR;
// LANG: its output folders, e.g. en-GB ar; images are named by language)
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../tests/tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [out, images, ...langs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHARTERC_TEST_CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  for (const lang of langs) {
    await page.goto(pathToFileURL(path.resolve(out, lang, 'how-we-did.html')).href);
    // The top of the page: the introduction and the first standards.
    await page.screenshot({ path: path.join(images, `how-we-did-${lang.split('-')[0]}.png`) });
  }
} finally {
  await browser.close();
}
