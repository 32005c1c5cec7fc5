/**
 * Data flows one way: no module imports (directly or round about) a module that imports it. The source
 * is read as text (the dev server would strip type-only imports) from the entry and the workers onward.
 * A type-only back reference inside one folder is allowed (a lazily loaded view naming its host element's
 * type); across folders it is not: the type belongs to the layer that owns it.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

interface Edge {
  to: string;
  typeOnly: boolean;
}

const ROOTS = ['src/index.ts'];
/** Each module's source text, as graph() read it. */
const sources = new Map<string, string>();

function resolve(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const p of spec.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function edgesOf(file: string, source: string): Edge[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const edges: Edge[] = [];
  const statement = /\b(import|export)\s+(type\s+)?([^'";]*?)\bfrom\s*['"](\.[^'"]+)['"]|\bimport\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+\.ts)['"]/g;
  for (const m of code.matchAll(statement)) {
    const spec = m[4] ?? m[5] ?? m[6] ?? m[7];
    if (!spec || !/\.ts$/.test(spec)) continue;
    // `import type {…}`, or `import { type A, type B }` with every name a type.
    const names = m[3] ?? '';
    const allTypes = /^\{[^}]*\}$/.test(names.trim()) && names.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((n) => n.startsWith('type'));
    edges.push({ to: resolve(file, spec), typeOnly: !!m[2] || (names.trim() !== '' && allTypes) });
  }
  return edges;
}

async function graph(): Promise<Map<string, Edge[]>> {
  const g = new Map<string, Edge[]>();
  // Breadth first, each level's files read at once: one round trip per level, not per file.
  let frontier = [...ROOTS];
  while (frontier.length) {
    const files = [...new Set(frontier)].filter((f) => !g.has(f));
    const texts = await Promise.all(files.map((file) => readFile({ path: `../../${file}` })));
    frontier = [];
    files.forEach((file, i) => {
      const text = texts[i];
      if (text === undefined) throw new Error(`could not read ${file}`);
      const edges = edgesOf(file, text);
      g.set(file, edges);
      sources.set(file, text);
      for (const e of edges) if (!g.has(e.to)) frontier.push(e.to);
    });
  }
  return g;
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The Lit packages a module imports by name (`lit`, `lit/…`, `lit-html`, `lit-element`, `@lit/…`). */
function litImports(source: string): string[] {
  const spec = /\b(?:from|import)\s*['"]((?:lit|lit-html|lit-element|@lit\/[\w-]+)(?:\/[^'"]*)?)['"]/g;
  return [...withoutComments(source).matchAll(spec)].map((m) => m[1]!);
}

/** Strongly connected components with more than one module (Tarjan). */
function cycles(g: Map<string, Edge[]>, follow: (e: Edge) => boolean): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const e of g.get(v) ?? []) {
      if (!follow(e)) continue;
      if (!idx.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (on.has(e.to)) low.set(v, Math.min(low.get(v)!, idx.get(e.to)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('module graph', () => {
  let g: Map<string, Edge[]>;
  before(async function () {
    // Reads every module of the program through the test server: give a loaded machine time.
    this.timeout(120_000);
    g = await graph();
  });

  it('reads the whole program from the entry (workers included)', () => {
    expect(g.size).to.be.greaterThan(100);
    for (const f of ['src/runtime/services.ts', 'src/history/store.ts', 'src/recommend/context.ts', 'src/search/search.worker.ts', 'src/llm/llm.worker.ts'])
      expect(g.has(f), f).to.equal(true);
  });

  it('has no import cycle', () => {
    expect(cycles(g, (e) => !e.typeOnly)).to.deep.equal([]);
  });

  it('has no type-import cycle across folders', () => {
    const folder = (f: string) => f.split('/').slice(0, -1).join('/');
    const across = cycles(g, () => true).filter((scc) => new Set(scc.map(folder)).size > 1);
    expect(across).to.deep.equal([]);
  });

  // lit-html asks for its Trusted Types policy while its module is evaluated; lit-policy.ts answers with
  // shop-guide's policy only if it is evaluated just before (src/ui/lit-policy.ts).
  it('imports Lit only through src/ui/lit.ts, whose first import is lit-policy.ts', () => {
    const importers = [...sources].filter(([, text]) => litImports(text).length).map(([f]) => f);
    expect(importers).to.deep.equal(['src/ui/lit.ts']);
    const first = withoutComments(sources.get('src/ui/lit.ts')!).match(/\b(?:import|export)\b[^'"]*['"]([^'"]+)['"]/)?.[1];
    expect(first).to.equal('./lit-policy.ts');
    expect(litImports("import { html } from 'lit';\nimport 'lit/directives/repeat.js';\n// import 'lit-html';\nimport { x } from './lit.ts';")).to.deep.equal(['lit', 'lit/directives/repeat.js']);
  });

  it('the checker finds a cycle (track → services → track) in source that has one', () => {
    const fake = new Map<string, Edge[]>([
      ['src/history/track.ts', edgesOf('src/history/track.ts', "const m = import('../runtime/services.ts');")],
      ['src/runtime/services.ts', edgesOf('src/runtime/services.ts', "import { PENDING_KEY } from '../history/track.ts';")],
    ]);
    expect(cycles(fake, (e) => !e.typeOnly)).to.deep.equal([['src/history/track.ts', 'src/runtime/services.ts']]);
    expect(edgesOf('a/b.ts', "import type { X } from './x.ts';\nimport { type Y } from './y.ts';\nimport { z, type W } from './z.ts';").map((e) => e.typeOnly)).to.deep.equal([true, true, false]);
  });
});
