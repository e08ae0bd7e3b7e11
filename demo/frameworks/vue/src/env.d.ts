// Vite's own `.vue` module shim (the app's, not Jawda's: Jawda's types come from the package).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
