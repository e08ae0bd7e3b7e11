// The few shapes of svelte 5 that dist/types/jsx/svelte.d.ts uses (not the real package).
declare module 'svelte/elements' {
  interface HTMLAttributes<T extends EventTarget> {
    class?: string | null;
    id?: string | null;
    lang?: string | null;
    onclick?: (event: MouseEvent & { currentTarget: T }) => void;
  }
}
declare namespace svelteHTML {
  interface IntrinsicElements {}
}
