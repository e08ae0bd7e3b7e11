// The few shapes of vue 3 that dist/types/jsx/vue.d.ts uses (not the real package): a component
// type that carries its props, the GlobalComponents interface that vue-tsc reads, and a few HTML attributes.
declare module 'vue' {
  type DefineComponent<Props = {}> = { new (): { $props: Props } };
  interface GlobalComponents {}
  interface HTMLAttributes {
    id?: string;
    class?: unknown;
    onClick?: (payload: MouseEvent) => void;
  }
}
