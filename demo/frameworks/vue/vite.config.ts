import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Jawda's tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'service-rating' || tag === 'centre-scorecard' || tag === 'certification-badge' } } })],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
