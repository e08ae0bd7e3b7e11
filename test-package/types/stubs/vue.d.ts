// The few shapes of vue 3 that dist/types/jsx/vue.d.ts uses (not the real package): a component
// type that carries its props, and the GlobalComponents interface that vue-tsc reads.
declare module 'vue' {
  type DefineComponent<Props = {}> = { new (): { $props: Props } };
  interface GlobalComponents {}
}
