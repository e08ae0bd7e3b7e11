import { executeServerCommand } from '@web/test-runner-commands';

/** Makes every request whose URL matches `pattern` (CDP wildcards: `*`) fail as a dropped connection would; `null` lets them through again (see web-test-runner.config.mjs). */
export async function failRequests(pattern: string | null): Promise<void> {
  await executeServerCommand('fail-requests', { pattern });
}
