// A build plugin (vite.config.ts, scripts/sizes.mjs) that minifies the static text of Lit's css``
// templates in Jawda's own sources. No JavaScript minifier touches a template literal's text, so
// without it every citizen downloads the styles' comments and indentation (about 1.2 kB gzip of
// jawda.min.js). The npm package ships them minified too: a portal's bundler would not do it either.
// - Comments go; whitespace next to `{ } ; , :` (after only) `>` `)` (before only) `!` goes; any
//   other run of spaces becomes one (never before `(`: `and (` is not `and(`). Line breaks are kept,
//   so each line of the output is the line of the source it came from and the modules' source maps
//   stay true to the line (`map: null`: the positions did not move across lines).
//   test/core/minify-literals.test.ts checks that Chromium parses every stylesheet to the same rules.
// - html`` and svg`` are left as written: Lit's hydration matches a server-rendered template by a
//   hash of its strings, so the markup must be the same text wherever it is rendered (a server may
//   render from the sources, as demo/server does, and the browser hydrate with the built bundle).
// Applies to src/ only (never to lit itself, never to tests); fails the build if the parser's template
// positions ever stop matching the source text, rather than write a wrong template.

const TAGS = { css: minifyCss };

const lineBreaks = (text) => text.replace(/[^\n]/g, '');

/** One static part of a css`` template. */
export function minifyCss(text) {
  const uncommented = text.replace(/\/\*[\s\S]*?\*\//g, lineBreaks);
  return uncommented.replace(/\s+/g, (space, at, all) => {
    const before = all[at - 1];
    const after = all[at + space.length];
    const breaks = lineBreaks(space);
    if (breaks) return breaks;
    const droppable = (before !== undefined && '{};,:>'.includes(before)) || (after !== undefined && '{};,>)!'.includes(after));
    return droppable ? '' : ' ';
  });
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) if (key !== 'parent') walk(node[key], visit);
}

export function minifyLiterals() {
  return {
    name: 'jawda:minify-literals',
    // After TypeScript is stripped: the parser reads JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.[jt]s$/.test(id.split('?')[0]) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS[node.tag.name]) return;
        for (const part of node.quasi.quasis) {
          if (code.slice(part.start, part.end) !== part.value.raw) throw new Error(`minify-literals: template positions do not match the source in ${id}`);
          edits.push([part.start, part.end, TAGS[node.tag.name](part.value.raw)]);
        }
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
