// The few shapes of solid-js 1.x that dist/types/jsx/solid.d.ts uses (not the real package).
declare module 'solid-js' {
  namespace JSX {
    interface CustomEvents {}
    interface ExplicitProperties {}
    interface HTMLAttributes<T> {
      class?: string;
      id?: string;
      lang?: string;
      ref?: T | ((element: T) => void);
    }
    interface IntrinsicElements {
      div: HTMLAttributes<HTMLDivElement>;
    }
  }
}
