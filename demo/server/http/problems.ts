/**
 * Every error answer has the contract's `ValidationProblem` shape (`{ error, issues[] }`), so a client
 * reads one shape whatever went wrong: field errors on 400, and a single explanatory issue otherwise.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { ValidationProblem } from '../../../src/core/contract.js';

// zod/mini ships without messages ("Invalid input"); field errors are read by people, so load English.
z.config(en());

export type Issue = ValidationProblem['issues'][number];

export function problem(c: Context, status: ContentfulStatusCode, error: string, issues: Issue[] = []): Response {
  return c.json(problemBody(error, issues), status);
}

/** The body of an error answer, checked against the contract. */
export function problemBody(error: string, issues: Issue[] = []): ValidationProblem {
  return ValidationProblem.parse({ error, issues });
}

/** A single-issue problem, e.g. `notFound(c, 'serviceId', "No service 'x'")`. */
export function notFound(c: Context, path: string, message: string): Response {
  return problem(c, 404, 'not-found', [{ path, code: 'not_found', message }]);
}

interface ZodIssueLike {
  path: readonly PropertyKey[];
  code?: string;
  message: string;
}

/** zod issues as field errors, with `prefix` naming where they came from (`cycle`, `serviceId`, or the body). */
export function fieldIssues(issues: readonly ZodIssueLike[], prefix = ''): Issue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code ?? 'invalid',
    message: issue.message,
  }));
}
