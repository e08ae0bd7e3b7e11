/** The package version, written in at build time (`define` in vite.config.ts and web-test-runner.config.mjs). */
declare const __JAWDA_VERSION__: string | undefined;
