// The analyzer also records `dispatchEvent(new XEvent(...))` calls it cannot name; the JSDoc
// `@fires` tags already document those events, so the nameless duplicates are dropped.
//
// The elements are defined with `defineElement('tag', Class)` (src/core/define.ts: two copies of Jawda
// on one page must not collide), which the analyzer does not know; the first plugin records such a
// call as it records `customElements.define('tag', Class)`, so each class still gets its `tagName`.
export default {
  plugins: [
    {
      name: 'jawda-define-element-calls',
      analyzePhase({ ts, node, moduleDoc, context }) {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
        const [tag, element] = node.arguments;
        if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
        const imported = context?.imports?.find((entry) => entry.name === element.text);
        const where = !imported
          ? { module: moduleDoc.path }
          : imported.isBareModuleSpecifier
            ? { package: imported.importPath }
            : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname };
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, ...where } },
        ];
      },
    },
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
