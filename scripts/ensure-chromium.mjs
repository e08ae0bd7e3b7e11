// Makes sure the browser the tests need is on this machine. Nothing downloads a browser of its own:
// the tests use Debian's `chromium`, installed here with apt when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function fail(message) {
  console.error(`\n[jawda] ${message}\n`);
  process.exit(1);
}

export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.env.CHROME_PATH) fail(`CHROME_PATH is set to ${chromiumPath}, but there is no browser there.`);
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!hasApt) {
    fail(
      'The tests need Chromium at /usr/bin/chromium and this machine has no apt-get to install it.\n' +
        'Install Chromium yourself and set CHROME_PATH to its executable.',
    );
  }
  if (process.getuid?.() !== 0) {
    fail(
      "The tests need Debian's Chromium, which is not installed, and installing it needs root.\n" +
        'Run once:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROME_PATH to a Chromium/Chrome executable you already have.',
    );
  }
  console.log("[jawda] Chromium is missing: installing Debian's chromium package (about a minute)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    fail('apt-get could not install chromium (see the output above).');
  }
  if (!existsSync(chromiumPath)) fail(`apt-get finished but ${chromiumPath} is still missing.`);
  console.log(`[jawda] Chromium installed at ${chromiumPath}.`);
  return chromiumPath;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
