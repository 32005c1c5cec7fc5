/**
 * Lit's templates under shop-guide's Trusted Types policy. lit-html asks for a policy of its own,
 * `trustedTypes.createPolicy('lit-html', { createHTML: (s) => s })`, once, while its module is
 * evaluated, and throws if the page refuses it: a shop whose trusted-types list names only
 * `shop-guide` would get no widget. Lit has no option for the name, so this module, evaluated right
 * before lit-html in the same synchronous module evaluation (ui/lit.ts imports it first and is the only
 * module that imports Lit; test/arch checks that), answers that one call with the `shop-guide`
 * policy's createHTML (the same identity rule, trusted-types.ts). It takes itself out at that call, or
 * at the next microtask if Lit was evaluated already, and passes every other name through untouched:
 * no other script ever runs while it is in place. Where the page refuses `shop-guide` too, Lit asks
 * for `lit-html` itself, as without this module.
 */
import { litTemplatePolicy } from '../trusted-types.ts';

type CreatePolicy = (this: unknown, name: string, ...rules: unknown[]) => unknown;
const factory = (globalThis as { trustedTypes?: { createPolicy: CreatePolicy } }).trustedTypes;

if (factory) {
  const own = Object.getOwnPropertyDescriptor(factory, 'createPolicy'); // a host's own wrapper, if any
  const createPolicy = factory.createPolicy;
  const hook: CreatePolicy = function (name, ...rules) {
    if (name === 'lit-html') {
      restore();
      const policy = litTemplatePolicy();
      if (policy) return policy;
    }
    return Reflect.apply(createPolicy, this, [name, ...rules]);
  };
  const restore = () => {
    if (factory.createPolicy !== hook) return;
    if (own) Object.defineProperty(factory, 'createPolicy', own);
    else delete (factory as { createPolicy?: unknown }).createPolicy;
  };
  try {
    Object.defineProperty(factory, 'createPolicy', { value: hook, configurable: true, writable: true });
    queueMicrotask(restore);
  } catch {
    // A frozen factory: Lit asks for `lit-html` itself.
  }
}
