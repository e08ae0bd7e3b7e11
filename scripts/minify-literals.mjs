// A build plugin (vite.config.ts, scripts/sizes.mjs) that minifies the static text of Lit's css``
// templates in Jawda's own sources. No JavaScript minifier touches a template literal's text, so
// without it every citizen downloads the styles' comments and indentation (about 1.2 kB gzip of
// jawda.min.js). The npm package ships them minified too: a portal's bundler would not do it either.
// - Comments go; whitespace (line breaks too) next to `{ } ; , :` (after only) `>` `)` (before only)
//   `!` goes, and the semicolon before `}`; any other run of white space becomes one space (never before `(`: `and (` is not
//   `and(`). Line breaks cost about 0.1 kB gzip per first load; the plugin returns a source map of
//   its own edits (a mapping at every line of the code around them), so the modules' maps stay true.
//   test/core/minify-literals.test.ts checks that Chromium parses every stylesheet to the same rules.
// - html`` and svg`` are left as written: Lit's hydration matches a server-rendered template by a
//   hash of its strings, so the markup must be the same text wherever it is rendered (a server may
//   render from the sources, as demo/server does, and the browser hydrate with the built bundle).
// Applies to src/ only (never to lit itself, never to tests); fails the build if the parser's template
// positions ever stop matching the source text, rather than write a wrong template.

const TAGS = { css: minifyCss };

/** One static part of a css`` template. */
export function minifyCss(text, keepLineBreaks = false) {
  const uncommented = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => (keepLineBreaks ? comment.replace(/[^\n]/g, '') || ' ' : ' '));
  return uncommented
    .replace(/\s+/g, (space, at, all) => {
      const before = all[at - 1];
      const after = all[at + space.length];
      // The npm package stays readable: a line of the source is a line of the output.
      if (keepLineBreaks && space.includes('\n')) return space.replace(/[^\n]/g, '');
      // At an interpolation's edge (no neighbour) one space stays: `${size} auto` is not `${size}auto`.
      const droppable = (before !== undefined && '{};,:>'.includes(before)) || (after !== undefined && '{};,>)!'.includes(after));
      return droppable ? '' : ' ';
    })
    .replace(/;}/g, '}'); // a rule's last declaration needs no semicolon
}

/** Line and column (0-based) of every offset, by the line starts of `text`. */
function positions(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] };
  };
}

/**
 * Applies `edits` ([start, end, text], in order) to `code`, with a source map: each stretch of code
 * between edits is mapped at its start and at every line start in it, each edit at its start.
 */
function applyEdits(code, id, edits, SourceMapGenerator) {
  const source = positions(code);
  const map = new SourceMapGenerator({ file: id });
  map.setSourceContent(id, code);
  let out = '';
  let line = 1;
  let column = 0;
  const mapHere = (offset) => map.addMapping({ source: id, original: source(offset), generated: { line, column } });
  const write = (text) => {
    const breaks = text.split('\n');
    line += breaks.length - 1;
    column = breaks.length > 1 ? breaks.at(-1).length : column + text.length;
    out += text;
  };
  const copy = (from, to) => {
    for (let at = from; at < to;) {
      mapHere(at);
      const next = code.indexOf('\n', at);
      const end = next === -1 || next >= to ? to : next + 1;
      write(code.slice(at, end));
      at = end;
    }
  };
  let last = 0;
  for (const [start, end, text] of edits) {
    copy(last, start);
    mapHere(start);
    write(text);
    last = end;
  }
  copy(last, code.length);
  return { code: out, map: map.toJSON() };
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

/** `keepLineBreaks`: the npm build, readable line by line (jawda.min.js and the size measure drop them). */
export function minifyLiterals({ keepLineBreaks = false } = {}) {
  return {
    name: 'jawda:minify-literals',
    // After TypeScript is stripped: the parser reads JavaScript.
    enforce: 'post',
    // Async only to load the map writer when there is something to map (the browser tests import minifyCss from here).
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.[jt]s$/.test(id.split('?')[0]) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS[node.tag.name]) return;
        for (const part of node.quasi.quasis) {
          if (code.slice(part.start, part.end) !== part.value.raw)
            throw new Error(`minify-literals: template positions do not match the source in ${id}`);
          edits.push([part.start, part.end, TAGS[node.tag.name](part.value.raw, keepLineBreaks)]);
        }
      });
      if (!edits.length) return null;
      edits.sort((a, b) => a[0] - b[0]);
      return applyEdits(code, id, edits, (await import('source-map-js')).SourceMapGenerator);
    },
  };
}
