// The few shapes of @types/react 19 that dist/types/jsx/react.d.ts uses (not the real package).
declare module 'react' {
  interface DOMAttributes<T> {
    children?: unknown;
    onClick?: (event: MouseEvent & { currentTarget: T }) => void;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    id?: string;
    className?: string;
    lang?: string;
    hidden?: boolean;
    slot?: string;
  }
  interface ClassAttributes<T> {
    key?: string | number;
    ref?: { current: T | null } | ((instance: T | null) => void);
  }
  type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
  function createElement(type: unknown, props?: unknown, ...children: unknown[]): JSX.Element;
  namespace JSX {
    interface Element {}
    interface IntrinsicAttributes {
      key?: string | number;
    }
    interface IntrinsicElements {
      div: DetailedHTMLProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
    }
  }
}
