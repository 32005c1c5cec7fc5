/**
 * Serves the generated model on the test server's own origin, in the layout README's "Self-hosting a
 * model" tells shop owners to use:
 *   /llm/<model id>/resolve/main/{mlc-chat-config.json, tensor-cache.json, tokenizer.json, params_shard_N.bin}
 *   /llm/<model library>.wasm
 * Every request is logged; tests read the log and inject faults through /__model-server/*:
 *   GET  /__model-server/info      → { modelId, libFile, dimension, vocabSize, totalBytes, shards }
 *   GET  /__model-server/requests  → paths requested since the last reset
 *   POST /__model-server/reset     → clears the log and every fault
 *   POST /__model-server/fault     {file, kind: "404" | "cut" | "stall"}: the next requests for `file`
 *        404; or send half the body and drop the connection; or send half and hang until the client
 *        goes away (a download the shopper can cancel)
 * Responses are `no-store`, so a request the page makes always reaches this log: none is answered
 * from the browser's HTTP cache behind the test's back.
 */
import { LIB_FILE, MODEL_ID, modelFiles } from './model-files.mjs';

export function modelServer() {
  let files = null;
  const shards = new Map();
  let log = [];
  let faults = new Map();
  let failure = null;
  const load = () => {
    if (failure) throw failure;
    try {
      return (files ??= modelFiles());
    } catch (e) {
      failure = e;
      throw e;
    }
  };

  function body(file) {
    const f = load();
    if (file === LIB_FILE) return f.lib;
    if (f.files[file]) return f.files[file];
    const m = /^params_shard_(\d+)\.bin$/.exec(file);
    if (m && Number(m[1]) < f.tensorCache.records.length) {
      const i = Number(m[1]);
      if (!shards.has(i)) shards.set(i, f.shard(i));
      return shards.get(i);
    }
    return null;
  }

  function send(res, status, data, type) {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': data.length, 'Cache-Control': 'no-store' });
    res.end(data);
  }

  return async function modelServerMiddleware(ctx, next) {
    const path = ctx.path;
    if (path.startsWith('/__model-server/')) {
      const what = path.slice('/__model-server/'.length);
      ctx.set('Cache-Control', 'no-store');
      if (what === 'info') {
        let f;
        try {
          f = load();
        } catch (e) {
          // No model library here: say so in the test's failure, not as an opaque 500.
          ctx.status = 503;
          ctx.body = { error: String(e?.message ?? e) };
          return;
        }
        ctx.body = { modelId: MODEL_ID, libFile: LIB_FILE, dimension: f.dimension, vocabSize: f.vocabSize, totalBytes: f.totalBytes, shards: f.tensorCache.records.map((r) => r.dataPath) };
      } else if (what === 'requests') {
        ctx.body = log;
      } else if (what === 'reset' && ctx.method === 'POST') {
        log = [];
        faults = new Map();
        ctx.body = { ok: true };
      } else if (what === 'fault' && ctx.method === 'POST') {
        const chunks = [];
        for await (const c of ctx.req) chunks.push(c);
        const { file, kind } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        faults.set(file, kind);
        ctx.body = { ok: true };
      } else {
        ctx.status = 404;
      }
      return;
    }

    const m = /^\/llm\/(?:([^/]+)\/resolve\/main\/)?([^/]+)$/.exec(path);
    if (!m || (m[1] && m[1] !== MODEL_ID) || (!m[1] && m[2] !== LIB_FILE)) return next();
    const file = m[2];
    log.push(path);
    ctx.respond = false;
    const res = ctx.res;
    const data = body(file);
    const fault = faults.get(file);
    if (!data || fault === '404') return send(res, 404, Buffer.from('not found'), 'text/plain');
    const type = file.endsWith('.json') ? 'application/json' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    if (fault === 'cut' || fault === 'stall') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': data.length, 'Cache-Control': 'no-store' });
      res.write(data.subarray(0, data.length >> 1));
      if (fault === 'cut') setTimeout(() => res.socket?.destroy(), 50);
      // 'stall': nothing more is sent; the connection ends when the browser gives up on it.
      return;
    }
    send(res, 200, data, type);
  };
}
