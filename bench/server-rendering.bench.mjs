// Server rendering (`jawda/ssr`, dist/ssr.js): milliseconds to render one element to HTML with its
// data, in Arabic, median of 7 rounds of 50 renders each; and the HTML's size. Node only, no browser.
import { readFileSync } from 'node:fs';
import { median } from './harness.mjs';

const { renderToString } = await import('../dist/ssr.js');
const data = JSON.parse(readFileSync(new URL('./server-rendering.data.json', import.meta.url), 'utf8'));
const NOW = new Date('2026-11-23T09:00:00Z');
const cases = [
  ['centre-scorecard (card)', 'centre-scorecard', { 'centre-id': 'isa-town' }, data.evaluation],
  [
    'centre-scorecard (full, history)',
    'centre-scorecard',
    { 'centre-id': 'isa-town', variant: 'full', 'show-history': true },
    data.evaluation,
  ],
  ['centre-scorecard (ranking, 60 centres)', 'centre-scorecard', { variant: 'ranking', 'page-size': 100 }, data.ranking],
  ['certification-badge (list of 2)', 'certification-badge', { 'organisation-id': 'iga', variant: 'list' }, data.certifications],
  ['service-rating (readonly)', 'service-rating', { 'service-id': 'cr-renewal', readonly: true }, data.summary],
  ['service-rating (form without script)', 'service-rating', { 'service-id': 'cr-renewal' }, undefined],
];
const ROUNDS = 7;
const PER_ROUND = 50;
console.log('element'.padEnd(42), 'ms per render', '  HTML kB');
for (const [label, tag, attributes, given] of cases) {
  const options = { attributes: { lang: 'ar', ...attributes }, data: given, now: NOW, apiBase: 'https://api.example.gov.bh/v1' };
  const html = await renderToString(tag, options); // warm: catalogue, contract, the ranking's module
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (let i = 0; i < PER_ROUND; i++) await renderToString(tag, options);
    rounds.push((performance.now() - started) / PER_ROUND);
  }
  console.log(label.padEnd(42), median(rounds).toFixed(2).padStart(13), (html.length / 1000).toFixed(1).padStart(10));
}
