/** Path and query parameters, checked with the contract's schemas; a bad one is a 400 naming it. */
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { Identifier } from '../../../src/core/contract.js';
import { fieldIssues, problem } from '../http/problems.js';

const CycleNumber = z.string().check(z.regex(/^[1-9][0-9]{0,3}$/, 'Expected a cycle number: 1, 2, 3, ...'));

export type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Identifiers in the path (`serviceId`, `centreId`, ...). */
export function identifiers<const Names extends readonly string[]>(c: Context, names: Names): Checked<Record<Names[number], string>> {
  const values: Record<string, string> = {};
  const issues = [];
  for (const name of names) {
    const result = Identifier.safeParse(c.req.param(name));
    if (result.success) values[name] = result.data;
    else issues.push(...fieldIssues(result.error.issues, name));
  }
  if (issues.length) return { ok: false, response: problem(c, 400, 'invalid-request', issues) };
  return { ok: true, value: values as Record<Names[number], string> };
}

/** `?cycle=N`: undefined when absent (the latest cycle). */
export function cycleQuery(c: Context): Checked<number | undefined> {
  return cycleValue(c, c.req.query('cycle'));
}

/** A cycle number from the query or the path; undefined when absent. */
export function cycleValue(c: Context, raw: string | undefined): Checked<number | undefined> {
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  const result = CycleNumber.safeParse(raw);
  if (!result.success) return { ok: false, response: problem(c, 400, 'invalid-request', fieldIssues(result.error.issues, 'cycle')) };
  return { ok: true, value: Number(result.data) };
}
