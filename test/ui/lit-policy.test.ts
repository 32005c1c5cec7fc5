/**
 * src/ui/lit-policy.ts: while it is in place (from its evaluation to lit-html's, or the next microtask),
 * `trustedTypes.createPolicy('lit-html', …)` gets shop-guide's policy; every other name goes through
 * untouched, and the page's own createPolicy (a host wrapper included) is back right after.
 * Each test evaluates a fresh copy of the module (a query string makes it a new module).
 */
import { expect } from '@open-wc/testing';

type Factory = { createPolicy(name: string, rules: object): { createHTML(s: string): unknown } };
const factory = (globalThis as unknown as { trustedTypes: Factory }).trustedTypes;
let n = 0;
const freshHook = () => import(/* @vite-ignore */ `/src/ui/lit-policy.ts?copy=${++n}`);

describe('lit-policy', () => {
  afterEach(() => {
    delete (factory as { createPolicy?: unknown }).createPolicy;
  });

  it('steps out at the next microtask when lit-html was evaluated already', async () => {
    const seen: string[] = [];
    const host = function (this: Factory, name: string, rules: object) {
      seen.push(name);
      return Object.getPrototypeOf(factory).createPolicy.call(this, name, rules);
    };
    Object.defineProperty(factory, 'createPolicy', { value: host, configurable: true, writable: true });
    await freshHook();
    // No 'lit-html' call came in its evaluation: a microtask later the host's wrapper is back.
    expect(factory.createPolicy).to.equal(host);
    expect(seen).to.deep.equal([]);
  });

  it("inside its window: 'lit-html' gets TrustedHTML from shop-guide's policy, other names reach the page", async () => {
    const seen: string[] = [];
    const host = function (this: Factory, name: string, rules: object) {
      seen.push(name);
      return Object.getPrototypeOf(factory).createPolicy.call(this, name, rules);
    };
    Object.defineProperty(factory, 'createPolicy', { value: host, configurable: true, writable: true });
    // A module evaluated right after the hook, in the same module evaluation (as lit-html is).
    const probe = URL.createObjectURL(new Blob([
      `import '${location.origin}/src/ui/lit-policy.ts?copy=${++n}';
       const f = globalThis.trustedTypes;
       const other = f.createPolicy('host-policy-${n}', { createHTML: (s) => s + '!' });
       const lit = f.createPolicy('lit-html', { createHTML: () => 'not this' });
       globalThis.litPolicyProbe = { other: other.createHTML('a'), lit: lit.createHTML('<p>x</p>'), after: f.createPolicy };`,
    ], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ probe);
    URL.revokeObjectURL(probe);
    const r = (globalThis as unknown as { litPolicyProbe: { other: unknown; lit: unknown; after: unknown } }).litPolicyProbe;
    // The page saw the other name, and shop-guide's own policy created through it (once per page), never 'lit-html'.
    expect(seen.filter((name) => name !== 'shop-guide')).to.deep.equal([`host-policy-${n}`]);
    expect(String(r.other)).to.equal('a!');
    expect(r.lit).to.be.instanceOf((globalThis as unknown as { TrustedHTML: new () => object }).TrustedHTML);
    expect(String(r.lit)).to.equal('<p>x</p>'); // identity, as Lit's own policy
    expect(r.after, 'the host wrapper is back after the lit-html call').to.equal(host);
    expect(factory.createPolicy).to.equal(host);
  });

  it('without a host wrapper, leaves no own property behind', async () => {
    await freshHook();
    expect(Object.getOwnPropertyDescriptor(factory, 'createPolicy')).to.equal(undefined);
  });
});
