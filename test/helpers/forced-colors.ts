import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates forced colours (Windows High Contrast) in the test's page, or turns it off (see web-test-runner.config.mjs). */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced colours could not be emulated');
}
