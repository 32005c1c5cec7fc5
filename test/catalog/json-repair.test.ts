/** Tolerant JSON-LD: mechanical slips repaired and named, anything else refused. */
import { expect } from '@open-wc/testing';
import { parseTolerantJson } from '../../src/catalog/json-repair.ts';

describe('catalog: tolerant JSON', () => {
  it('valid JSON passes untouched', () => {
    expect(parseTolerantJson('{"a":[1,2]}')).to.deep.equal({ value: { a: [1, 2] }, repairs: [], cut: false });
  });

  it('repairs a BOM, comment/CDATA wrappers, raw control characters and trailing commas, naming each', () => {
    expect(parseTolerantJson('\ufeff{"a":1}')).to.deep.equal({ value: { a: 1 }, repairs: ['json-bom'], cut: false });
    expect(parseTolerantJson('<!-- {"a":1} -->').value).to.deep.equal({ a: 1 });
    expect(parseTolerantJson('//<![CDATA[\n{"a":1}\n//]]>').repairs).to.deep.equal(['json-wrapper']);
    const ctl = parseTolerantJson('{"d":"line one\nline\ttwo\u0001"}');
    expect(ctl.value).to.deep.equal({ d: 'line one\nline\ttwo\u0001' });
    expect(ctl.repairs).to.deep.equal(['json-control-chars']);
    const commas = parseTolerantJson('{"a":[1,2,],"b":{"c":3,},}');
    expect(commas.value).to.deep.equal({ a: [1, 2], b: { c: 3 } });
    expect(commas.repairs).to.deep.equal(['json-trailing-comma']);
    // A comma inside a string is text, not a trailing comma.
    expect(parseTolerantJson('{"a":"x,}",}').value).to.deep.equal({ a: 'x,}' });
  });

  it('reads several top-level objects in one block as a list', () => {
    const r = parseTolerantJson('{"@type":"Organization","name":"S"}\n{"@type":"Product","name":"P"}');
    expect(r.value).to.deep.equal([{ '@type': 'Organization', name: 'S' }, { '@type': 'Product', name: 'P' }]);
    expect(r.repairs).to.deep.equal(['json-several-values']);
    expect(parseTolerantJson('{"a":1},{"b":2}').value).to.deep.equal([{ a: 1 }, { b: 2 }]);
  });

  it('does not guess: a missing quote or a stray word stays unreadable; a block cut short says so', () => {
    expect(parseTolerantJson('{"a": b}').value).to.equal(undefined);
    expect(parseTolerantJson('{"a": "b}').cut).to.equal(true);
    expect(parseTolerantJson('{"review":[{"reviewBody":"I love <b>it').cut).to.equal(true);
    expect(parseTolerantJson('{"a":1}}').value).to.equal(undefined);
    // Unclosed but also wrong: not "cut short".
    expect(parseTolerantJson('{ not json').cut).to.equal(false);
    expect(parseTolerantJson('{"a":tr').cut).to.equal(true);
  });
});
