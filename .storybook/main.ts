import { execFileSync } from 'node:child_process';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const OPENAPI = 'virtual:jawda-openapi';

/**
 * `import openapi from 'virtual:jawda-openapi'`: the reference server's `/openapi.json`, made at build
 * time by the same function that serves it (`openApiDocument` in demo/server/routes/openapi.ts), so
 * the API page never drifts from the server. Run in a child node (with tsx, as `npm start` runs the
 * server): the server's modules are TypeScript and need Node, not the browser bundle.
 */
function openApiDocument(): Plugin {
  return {
    name: 'jawda-openapi',
    resolveId: (id) => (id === OPENAPI ? `\0${OPENAPI}` : undefined),
    load(id) {
      if (id !== `\0${OPENAPI}`) return undefined;
      const script =
        "const { openApiDocument } = await import('./demo/server/routes/openapi.ts'); process.stdout.write(JSON.stringify(openApiDocument('/api/v1')));";
      const json = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      return `export default ${json};`;
    },
  };
}

const config: StorybookConfig = {
  // Guide pages (MDX) first, then the elements' stories (their docs pages come from the manifest).
  stories: ['../stories/guides/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), openApiDocument()] }),
};
export default config;
