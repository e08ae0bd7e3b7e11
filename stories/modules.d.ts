// Modules Storybook's build provides: MDX pages (addon-docs) and the OpenAPI document (.storybook/main.ts).
declare module '*.mdx' {
  const MDXContent: (props: Record<string, unknown>) => unknown;
  export default MDXContent;
}
declare module 'virtual:jawda-openapi' {
  const document: Record<string, unknown>;
  export default document;
}
