// The analyzer also records `dispatchEvent(new XEvent(...))` calls it cannot name; the JSDoc
// `@fires` tags already document those events, so the nameless duplicates are dropped.
export default {
  plugins: [
    {
      name: 'jawda-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
