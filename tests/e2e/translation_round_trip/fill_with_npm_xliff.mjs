// Fills an extracted XLIFF file the way a web i18n stack does, with the npm
// package `xliff`: xliff2js reads the file into JavaScript, each unit gets
// a French target (the source's inline codes reused, as objects), and
// js2xliff writes the file back with its default options. js2xliff drops
// what it does not model (segment states, <originalData>, the cc: prefix
// declaration, file attributes) and indents inline content: charterc must
// still read what the translator delivered.
// Usage: node fill_with_npm_xliff.mjs FILE.xlf
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const xliff2js = require('xliff/xliff2js');
const js2xliff = require('xliff/js2xliff');

// Per unit id: the French text, with {n} for the n-th inline code of the source.
const FRENCH = {
  'title': 'Nos engagements de service',
  'summary': 'Ce que vous pouvez attendre de nous.',
  'front-matter:owner': 'Services de la bibliothèque',
  'front-matter:contact': 'help@library.example.org',
  'intro-1': 'Nous tenons ces engagements envers chaque lecteur. Écrivez à {0} ou lisez notre {1}.',
  'replies': 'Réponses',
  'email-reply': 'Nous répondons aux courriels sous {0}.',
  'calls': 'Nous répondons à 90 % des appels en moins de 20 secondes, mesuré chaque mois.',
  'loans': 'Prêts',
  'loan-limit': 'Vous pouvez emprunter jusqu’à {0} à la fois.',
};
// The words inside a paired code (a link, bold), by unit id and code index.
const INSIDE = { 'intro-1': ['help@library.example.org', 'règlement du prêt'], 'loan-limit': ['20 documents'] };

function target(id, source) {
  const codes = (Array.isArray(source) ? source : [source]).filter((part) => typeof part === 'object');
  const parts = [];
  FRENCH[id].split(/(\{\d+\})/).forEach((piece) => {
    const code = /^\{(\d+)\}$/.exec(piece);
    if (!code) {
      if (piece) parts.push(piece);
      return;
    }
    const index = Number(code[1]);
    const copy = JSON.parse(JSON.stringify(codes[index]));
    const kind = Object.keys(copy)[0];
    if (copy[kind].contents !== undefined) copy[kind].contents = INSIDE[id][index];
    parts.push(copy);
  });
  return parts;
}

const file = process.argv[2];
const js = await xliff2js(readFileSync(file, 'utf8'));
for (const units of Object.values(js.resources)) {
  for (const [id, unit] of Object.entries(units)) unit.target = target(id, unit.source);
}
writeFileSync(file, await js2xliff(js));
