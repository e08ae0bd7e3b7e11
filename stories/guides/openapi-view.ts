/**
 * Renders an OpenAPI 3.1 document (the reference server's `/openapi.json`) as the API contract page:
 * each path with its operations, parameters, request body and answers, then every schema. Plain
 * markup (Lit templates, text only: nothing from the document is parsed as HTML).
 */
import { html, nothing, type TemplateResult } from 'lit';

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const refName = (ref: unknown) => (typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : '');

/** A schema in one line: `RatingSummary`, `string (1-128)`, `integer ≥ 0`, `Evaluation[]`, ... */
export function schemaSummary(schema: unknown): string {
  const node = asNode(schema);
  if (node.$ref) return refName(node.$ref);
  if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (Array.isArray(node.anyOf ?? node.oneOf)) return ((node.anyOf ?? node.oneOf) as unknown[]).map(schemaSummary).join(' | ');
  if (node.type === 'array') return `${schemaSummary(node.items)}[]`;
  const limits = [
    node.minLength !== undefined || node.maxLength !== undefined ? `length ${node.minLength ?? 0}-${node.maxLength ?? '…'}` : '',
    node.minimum !== undefined ? `≥ ${node.minimum}` : '',
    node.maximum !== undefined ? `≤ ${node.maximum}` : '',
    typeof node.format === 'string' ? node.format : '',
  ].filter(Boolean);
  return `${Array.isArray(node.type) ? node.type.join(' | ') : String(node.type ?? 'object')}${limits.length ? ` (${limits.join(', ')})` : ''}`;
}

function contentSchema(body: unknown): string {
  const content = asNode(asNode(body).content);
  return Object.entries(content)
    .map(([type, media]) => `${type}: ${schemaSummary(asNode(media).schema)}`)
    .join('; ');
}

function operation(path: string, method: string, op: Node): TemplateResult {
  const parameters = (op.parameters as Node[] | undefined) ?? [];
  const responses = Object.entries(asNode(op.responses));
  return html`<section class="op" id=${String(op.operationId ?? `${method}-${path}`)}>
    <h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
    <p>${String(op.summary ?? '')}${op.operationId ? html` <small>(<code>${String(op.operationId)}</code>)</small>` : nothing}</p>
    ${op.security ? html`<p><small>Needs: ${(op.security as Node[]).flatMap((entry) => Object.keys(entry)).join(', ')}</small></p>` : nothing}
    ${
      parameters.length
        ? html`<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Required</th></tr></thead><tbody>
          ${parameters.map((p) => html`<tr><td><code>${String(p.name)}</code></td><td>${String(p.in)}</td><td><code>${schemaSummary(p.schema)}</code></td><td>${p.required ? 'yes' : 'no'}</td></tr>`)}
        </tbody></table>`
        : nothing
    }
    ${op.requestBody ? html`<p>Body: <code>${contentSchema(op.requestBody)}</code></p>` : nothing}
    <table><thead><tr><th>Status</th><th>Answer</th><th>Body</th></tr></thead><tbody>
      ${responses.map(([status, answer]) => html`<tr><td><code>${status}</code></td><td>${String(asNode(answer).description ?? '')}</td><td><code>${contentSchema(answer)}</code></td></tr>`)}
    </tbody></table>
  </section>`;
}

function schemaTable(name: string, schema: Node): TemplateResult {
  const properties = Object.entries(asNode(schema.properties));
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return html`<section class="schema" id=${`schema-${name}`}>
    <h3><code>${name}</code></h3>
    ${
      properties.length
        ? html`<table><thead><tr><th>Field</th><th>Type</th><th>Required</th></tr></thead><tbody>
          ${properties.map(([field, value]) => html`<tr><td><code>${field}</code></td><td><code>${schemaSummary(value)}</code></td><td>${required.has(field) ? 'yes' : 'no'}</td></tr>`)}
        </tbody></table>`
        : html`<p><code>${schemaSummary(schema)}</code></p>`
    }
  </section>`;
}

export function renderOpenApi(document: Node): TemplateResult {
  const info = asNode(document.info);
  const paths = Object.entries(asNode(document.paths));
  const schemas = Object.entries(asNode(asNode(document.components).schemas));
  return html`<article class="openapi" lang="en" dir="ltr">
    <p><strong>${String(info.title ?? '')}</strong> ${String(info.version ?? '')} · OpenAPI ${String(document.openapi ?? '')} ·
      servers: ${((document.servers as Node[] | undefined) ?? []).map((server) => html`<code>${String(server.url)}</code> `)}</p>
    <p>${String(info.description ?? '')}</p>
    <h2>Paths (${paths.length})</h2>
    ${paths.flatMap(([path, item]) => Object.entries(asNode(item)).map(([method, op]) => operation(path, method, asNode(op))))}
    <h2>Schemas (${schemas.length})</h2>
    ${schemas.map(([name, schema]) => schemaTable(name, asNode(schema)))}
  </article>
  <style>
    .openapi { font: 0.9rem/1.5 system-ui, sans-serif; color: #1b1f24; }
    .openapi h2 { margin-block: 1.5rem 0.5rem; font-size: 1.2rem; }
    .openapi h3 { margin-block: 1rem 0.25rem; font-size: 1rem; }
    .openapi table { border-collapse: collapse; margin-block: 0.25rem 0.75rem; }
    .openapi th, .openapi td { border: 1px solid #c4cad2; padding: 0.2rem 0.5rem; text-align: start; vertical-align: top; }
    .openapi .method { display: inline-block; min-inline-size: 3.5rem; padding: 0 0.4rem; border-radius: 0.25rem; color: #fff; background: #0b5c8a; font-size: 0.8rem; text-align: center; }
    .openapi .method.post { background: #1d6b36; } .openapi .method.put, .openapi .method.patch { background: #8a5300; } .openapi .method.delete { background: #b3261e; }
  </style>`;
}
