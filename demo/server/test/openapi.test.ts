import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_ENDPOINTS, type EndpointName } from '../../../src/core/contract.js';
import { openApiDocument } from '../routes/openapi.js';

type Node = Record<string, unknown>;
const document = JSON.parse(JSON.stringify(openApiDocument('/api/v1'))) as Node;
const paths = document.paths as Record<string, Record<string, Node>>;

/** Every `$ref` anywhere in `value`. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refs(child, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  test('is OpenAPI 3.1 JSON with info and the API base as its server', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal((document.info as Node).title, 'Jawda reference API');
    assert.equal(typeof (document.info as Node).version, 'string');
    assert.deepEqual(document.servers, [{ url: '/api/v1' }]);
  });

  test('has every path of the contract, with its method and parameters', () => {
    const methods: Record<EndpointName, string> = {
      ratingSummary: 'get',
      ratings: 'post',
      ratingForm: 'post',
      evaluation: 'get',
      ranking: 'get',
      organisationCertifications: 'get',
      certification: 'get',
    };
    for (const [endpoint, template] of Object.entries(DEFAULT_ENDPOINTS) as [EndpointName, string][]) {
      const [path, query] = template.split('?');
      const operation = paths[path!]?.[methods[endpoint]];
      assert.ok(operation, `${methods[endpoint].toUpperCase()} ${path}`);
      const parameters = operation.parameters as { name: string; in: string; required: boolean }[];
      for (const [, name] of path!.matchAll(/\{(\w+)\}/g))
        assert.ok(
          parameters.some((p) => p.name === name && p.in === 'path' && p.required),
          `${path} {${name}}`,
        );
      for (const [, name] of (query ?? '').matchAll(/(\w+)=/g))
        assert.ok(
          parameters.some((p) => p.name === name && p.in === 'query'),
          `${path} ?${name}`,
        );
      // A 2xx, or for the no-script form the redirect back to the page (Post/Redirect/Get).
      assert.ok(
        Object.keys(operation.responses as Node).some(
          (status) => status.startsWith('2') || (endpoint === 'ratingForm' && status === '303'),
        ),
      );
      assert.equal(typeof operation.operationId, 'string');
    }
    // Under the API base: the contract's paths, the public results (issue 20) and the admin routes,
    // nothing else. At the server's root (their own `servers`): what a verifier of signed records fetches.
    const atRoot = Object.keys(paths).filter((path) => 'servers' in paths[path]!);
    assert.deepEqual(atRoot.sort(), ['/.well-known/jwks.json', '/status-lists/{purpose}']);
    const beyondContract = ['/results'];
    assert.ok(paths['/results']?.get, 'GET /results');
    assert.equal(
      Object.keys(paths).filter((path) => !path.startsWith('/admin/') && !atRoot.includes(path)).length,
      Object.keys(DEFAULT_ENDPOINTS).length + beyondContract.length,
    );
  });

  test('the vote is the request body; 201 and 200 both answer a receipt; 400 and 429 a problem', () => {
    const post = paths['/services/{serviceId}/ratings']!.post!;
    assert.deepEqual(refs(post.requestBody), ['#/components/schemas/RatingSubmission']);
    const responses = post.responses as Record<string, Node>;
    assert.deepEqual(refs(responses['201']), ['#/components/schemas/RatingReceipt']);
    assert.deepEqual(refs(responses['200']), ['#/components/schemas/RatingReceipt']);
    assert.deepEqual(refs(responses['400']), ['#/components/schemas/ValidationProblem']);
    assert.ok((responses['429']!.headers as Node)['Retry-After']);
  });

  test('every $ref resolves, and the component schemas come from the contract', () => {
    const schemas = (document.components as Node).schemas as Record<string, Node>;
    for (const name of [
      'RatingSummary',
      'RatingSubmission',
      'RatingReceipt',
      'ValidationProblem',
      'Evaluation',
      'Certification',
      'OrganisationCertifications',
    ]) {
      assert.equal(schemas[name]?.type, 'object', name);
      assert.equal(schemas[name]!.$schema, undefined);
    }
    for (const ref of refs(document)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Node | undefined)?.[key], document);
      assert.ok(target, `${ref} resolves`);
    }
    const submission = schemas.RatingSubmission!;
    assert.deepEqual((submission.properties as Record<string, Node>).score, { type: 'integer', minimum: 0, maximum: 5 });
    assert.ok((submission.required as string[]).includes('submissionId'));
    assert.ok((schemas.Evaluation!.required as string[]).includes('criteria'), 'defaults are required in answers');
  });

  test('the admin routes are under /admin/, each behind the apiKey bearer scheme, exports as CSV and NDJSON', () => {
    const schemes = (document.components as Node).securitySchemes as Record<string, Node>;
    assert.deepEqual([schemes.apiKey?.type, schemes.apiKey?.scheme], ['http', 'bearer']);
    const admin = Object.entries(paths).filter(([path]) => path.startsWith('/admin/'));
    for (const path of [
      '/admin/services/{serviceId}',
      '/admin/centres/{centreId}/evaluations/{cycle}',
      '/admin/certifications/{certificateId}/status',
      '/admin/exports/ratings.csv',
      '/admin/exports/ratings.ndjson',
      '/admin/reports/ratings',
    ]) {
      assert.ok(paths[path], path);
    }
    for (const [path, operations] of admin) {
      for (const [method, operation] of Object.entries(operations)) {
        assert.deepEqual(operation.security, [{ apiKey: [] }], `${method} ${path}`);
        assert.ok((operation.responses as Node)['401'], `${method} ${path} 401`);
      }
    }
    const exported = (paths['/admin/exports/ratings']!.get!.responses as Record<string, Node>)['200']!.content as Node;
    assert.deepEqual(Object.keys(exported).sort(), ['application/x-ndjson', 'text/csv']);
    assert.deepEqual(refs(paths['/admin/services/{serviceId}']!.put!.requestBody), ['#/components/schemas/AdminService']);
  });
});
