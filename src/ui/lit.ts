/**
 * Lit, for every module of the widget: lit-policy.ts is evaluated first, so Lit's templates use the
 * `shop-guide` Trusted Types policy and a shop's CSP needs no `lit-html` (README,
 * "Content-Security-Policy"). No other module imports Lit (test/arch/imports.test.ts).
 */
import './lit-policy.ts';

export * from 'lit';
export { property, state } from 'lit/decorators.js';
export { repeat } from 'lit/directives/repeat.js';
export { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';
