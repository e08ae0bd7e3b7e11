// The few shapes of preact 10 that dist/types/jsx/preact.d.ts uses (not the real package).
declare module 'preact' {
  namespace JSX {
    interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
      class?: string;
      id?: string;
      lang?: string;
      ref?: { current: RefType | null };
      onClick?: (event: MouseEvent) => void;
    }
    interface IntrinsicElements {
      div: HTMLAttributes<HTMLDivElement>;
    }
  }
}
