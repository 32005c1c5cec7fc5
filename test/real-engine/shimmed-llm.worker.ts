/**
 * The product's model worker (src/llm/llm.worker.ts, real MLCEngine) with the test-only shims of
 * shims.ts installed first. Module evaluation order guarantees that: this module's first import is
 * evaluated before the product worker and web-llm.
 */
import './install-shims.ts';
import '../../src/llm/llm.worker.ts';
