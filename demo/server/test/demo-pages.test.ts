// The demo pages as files: nothing inline that a strict CSP would block, every id they name exists
// in the seed data, and their inline JSON obeys the contract, like an API answer would have to.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { Certification, Evaluation, OrganisationCertifications } from '../../../src/core/contract.js';
import { CENTRES } from '../seed/centres.js';
import { ORGANISATIONS } from '../seed/certifications.js';
import { SERVICES } from '../seed/services.js';

const demo = resolve(import.meta.dirname, '../..');
const pages = readdirSync(demo).filter((name) => name.endsWith('.html'));
const read = (name: string) => readFileSync(join(demo, name), 'utf8');

const known = {
  'service-id': new Set(SERVICES.map((s) => s.id)),
  'centre-id': new Set(CENTRES.map((c) => c.id)),
  'organisation-id': new Set(ORGANISATIONS.map((o) => o.id)),
  'certificate-id': new Set(ORGANISATIONS.flatMap((o) => o.certifications.map((c) => c.id))),
};

describe('demo pages', () => {
  test('there are the nine pages of the portal', () => {
    assert.deepEqual(pages.sort(), [
      'centres.html',
      'editor.html',
      'index.html',
      'kiosk.html',
      'operator.html',
      'quality.html',
      'results.html',
      'service.html',
      'strict.html',
    ]);
  });

  for (const name of pages) {
    test(`${name}: Arabic and right to left by default, API base in a meta tag, the library as a module`, () => {
      const html = read(name);
      assert.match(html, /<html lang="ar" dir="rtl">/);
      assert.match(html, /<meta name="jawda:api-base" content="\/api\/v1">/);
      assert.match(html, /<script type="module" src="\/dist\/jawda\.min\.js"><\/script>/);
    });

    test(`${name}: no inline script, style, event handler or javascript: URL`, () => {
      const html = read(name);
      for (const script of html.matchAll(/<script\b([^>]*)>/g)) {
        assert.ok(/\bsrc="/.test(script[1]!) || /type="application\/json"/.test(script[1]!), `inline script: ${script[0]}`);
      }
      assert.doesNotMatch(html, /<style\b/);
      assert.doesNotMatch(html, /\sstyle="/);
      assert.doesNotMatch(html, /\son[a-z]+="/);
      assert.doesNotMatch(html, /javascript:/i);
    });

    test(`${name}: every service, centre, organisation and certificate it names is in the seed data`, () => {
      const html = read(name);
      for (const [attribute, ids] of Object.entries(known)) {
        for (const match of html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g')))
          assert.ok(ids.has(match[1]!), `${attribute}="${match[1]}"`);
      }
      // <rating-results>' lists of services and centres.
      for (const [attribute, ids] of [
        ['services', known['service-id']],
        ['centres', known['centre-id']],
      ] as const) {
        for (const match of html.matchAll(new RegExp(`<rating-results\\b[^>]*\\s${attribute}="([^"]*)"`, 'g')))
          for (const id of match[1]!.split(',')) assert.ok(ids.has(id.trim()), `${attribute}="${match[1]}"`);
      }
    });
  }

  test('the strict page loads one script, the self-contained library', () => {
    const scripts = [...read('strict.html').matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(scripts, ['/dist/jawda.min.js']);
  });

  test("the editor page's inline JSON obeys the contract", () => {
    const html = read('editor.html');
    const blocks = [
      ...html.matchAll(/<(centre-scorecard|certification-badge)\b[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g),
    ];
    assert.ok(blocks.length >= 2);
    for (const [, tag, json] of blocks) {
      const data = JSON.parse(json!);
      if (tag === 'centre-scorecard') Evaluation.parse(data);
      else if ('certifications' in data) OrganisationCertifications.parse(data);
      else Certification.parse(data);
    }
  });

  test('portal.js writes no HTML and evaluates no strings', () => {
    const script = read('portal.js');
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    assert.doesNotMatch(script, /document\.cookie/);
  });
});
