/**
 * The files of a self-hosted web-llm embedding model, generated from its model library alone
 * (../shared/notes/real-webllm.md): the library's `_metadata` JSON sits verbatim in the wasm's data
 * section and lists every parameter's name, shape and dtype, so tensor-cache.json, the weight shards,
 * mlc-chat-config.json and a WordPiece tokenizer.json of the right vocabulary size follow from it.
 * Weights are small pseudo-random float32 values from a fixed seed: nothing large is stored anywhere,
 * and identical inputs give identical embeddings on every run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODEL_ID = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
export const LIB_FILE = 'snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm';
/** MLC packs parameters into shards of about this size (big tensors get a shard of their own). */
const SHARD_BYTES = 32 * 1024 * 1024;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the model library is: `WEBLLM_TEST_LIB`, else the shared test data next to the repository.
 * It is test data only (mlc-ai/binary-mlc-llm-libs, web-llm-models/v0_2_80/), never shipped.
 */
export function libraryPath() {
  const candidates = [process.env.WEBLLM_TEST_LIB, join(repo, '../shared/webllm', LIB_FILE)].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`The real-engine tests need web-llm's model library ${LIB_FILE} (from mlc-ai/binary-mlc-llm-libs, web-llm-models/v0_2_80/). Looked in: ${candidates.join(', ')}. Set WEBLLM_TEST_LIB to its path.`);
  }
  return found;
}

/** The JSON object around the first `"params"` in the library's bytes: its `_metadata`. */
export function libraryMetadata(wasm) {
  const at = wasm.indexOf(Buffer.from('"params"'));
  if (at < 0) throw new Error('no "_metadata" JSON in the model library');
  const start = wasm.lastIndexOf(Buffer.from('{"model_type"'), at);
  let depth = 0;
  for (let i = start; i < wasm.length; i++) {
    if (wasm[i] === 0x7b) depth++;
    else if (wasm[i] === 0x7d && --depth === 0) return JSON.parse(wasm.subarray(start, i + 1).toString('utf8'));
  }
  throw new Error('unterminated "_metadata" JSON in the model library');
}


/** tensor-cache.json in MLC's format: raw shards, each tensor at its byte offset. */
export function tensorCache(metadata) {
  const shards = [];
  let current = null;
  for (const p of metadata.params) {
    if (p.dtype !== 'float32') throw new Error(`${p.name}: only float32 parameters are generated (q0f32 models)`);
    const nbytes = p.shape.reduce((a, b) => a * b, 1) * 4;
    if (!current || (current.nbytes > 0 && current.nbytes + nbytes > SHARD_BYTES)) {
      current = { dataPath: `params_shard_${shards.length}.bin`, format: 'raw-shard', nbytes: 0, records: [] };
      shards.push(current);
    }
    current.records.push({ name: p.name, shape: p.shape, dtype: p.dtype, format: 'raw', nbytes, byteOffset: current.nbytes });
    current.nbytes += nbytes;
  }
  const totalBytes = shards.reduce((s, r) => s + r.nbytes, 0);
  return { metadata: { ParamSize: metadata.params.length, ParamBytes: totalBytes, BitsPerParam: 32 }, records: shards };
}

/**
 * One shard's bytes: xorshift32 uniform noise seeded by the shard index, shaped per tensor so the
 * network stays finite and its output depends on the input: layer-norm scales near 1 (near-zero
 * scales would make every output the final bias), embedding tables of unit scale so tokens differ,
 * everything else within ±0.05. The same on every run, so identical inputs give identical vectors.
 */
export function shardBytes(index, shard) {
  const out = new Float32Array(shard.nbytes / 4);
  let x = (0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0 || 1;
  for (const rec of shard.records) {
    const [offset, scale] = /LayerNorm\.weight$/.test(rec.name) ? [1, 0.2] : /embeddings\.weight$/.test(rec.name) ? [0, 2] : [0, 0.1];
    const start = rec.byteOffset / 4;
    for (let i = start; i < start + rec.nbytes / 4; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = offset + ((x >>> 0) / 4294967296 - 0.5) * scale;
    }
  }
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

export function chatConfig(metadata, vocabSize) {
  return {
    model_type: metadata.model_type,
    quantization: metadata.quantization,
    vocab_size: vocabSize,
    context_window_size: metadata.context_window_size,
    sliding_window_size: metadata.sliding_window_size,
    prefill_chunk_size: metadata.prefill_chunk_size,
    attention_sink_size: metadata.attention_sink_size,
    tensor_parallel_shards: 1,
    max_batch_size: metadata.max_batch_size,
    tokenizer_files: ['tokenizer.json'],
    version: '0.1.0',
  };
}

/**
 * A BERT-style WordPiece tokenizer.json with exactly `vocabSize` entries: BERT's special tokens at
 * their usual ids, every printable ASCII character, its `##` continuation, a block of CJK characters,
 * and `[unusedN]` filler up to the size the embedding table expects.
 */
export function tokenizerJson(vocabSize) {
  const vocab = new Map();
  const add = (t) => {
    if (!vocab.has(t) && vocab.size < vocabSize) vocab.set(t, vocab.size);
  };
  add('[PAD]');
  for (let i = 0; vocab.size < 100; i++) add(`[unused${i}]`);
  for (const t of ['[UNK]', '[CLS]', '[SEP]', '[MASK]']) add(t);
  const chars = [];
  for (let c = 33; c < 127; c++) if (!(c >= 65 && c <= 90)) chars.push(String.fromCharCode(c));
  for (let c = 0x4e00; c < 0x4e00 + 4000; c++) chars.push(String.fromCharCode(c));
  for (const ch of chars) add(ch);
  for (const ch of chars) add(`##${ch}`);
  for (let i = 99; vocab.size < vocabSize; i++) add(`[unused${i}]`);
  const special = (content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special('[PAD]', 0), special('[UNK]', 100), special('[CLS]', 101), special('[SEP]', 102), special('[MASK]', 103)],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [101], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [102], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab) },
  };
}

/** Everything the server needs, computed once from the library. */
export function modelFiles() {
  const lib = readFileSync(libraryPath());
  const metadata = libraryMetadata(lib);
  const embedding = metadata.params.find((p) => /word_embeddings/.test(p.name));
  const vocabSize = embedding.shape[0];
  const cache = tensorCache(metadata);
  return {
    lib,
    metadata,
    vocabSize,
    /** The embedding's dimension (hidden size). */
    dimension: embedding.shape[1],
    tensorCache: cache,
    totalBytes: cache.metadata.ParamBytes,
    files: {
      'mlc-chat-config.json': Buffer.from(JSON.stringify(chatConfig(metadata, vocabSize), null, 2)),
      'tensor-cache.json': Buffer.from(JSON.stringify(cache)),
      'tokenizer.json': Buffer.from(JSON.stringify(tokenizerJson(vocabSize))),
    },
    shard: (i) => shardBytes(i, cache.records[i]),
  };
}
