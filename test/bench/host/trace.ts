/**
 * `--trace=<step>` of bench:host: records a Chromium trace of one step and prints each main-thread task
 * over 50 ms with what filled it — the trace events inside it (GC, script entry points) and the
 * functions the V8 sampling profiler saw most (self time, with their callers). Unlike the plain
 * `--profile`, tasks here are the browser's own task boundaries, the same ones the long-task API reports.
 * Build with `SHOP_GUIDE_NO_MINIFY=1 npx vite build` first for readable function names.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: much less than `dur` when the machine's other processes had the core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
].join(',');

export async function startTrace(cdp: CDPSession, label = ''): Promise<() => Promise<void>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents', options: 'sampling-frequency=5000' } as never);
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    // TRACE_OUT=file.json keeps the trace (chrome://tracing or Perfetto open it).
    if (process.env.TRACE_OUT) writeFileSync(label ? process.env.TRACE_OUT.replace(/(\.json)?$/, `-${label.replace(/\W+/g, '-')}$1`) : process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
    if (label) console.log(`  ${label}:`);
    printLongTasks(events);
  };
}

export function printLongTasks(events: TraceEvent[], longMs = 50): void {
  // The page's main thread: the renderer thread with the most task time.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const mainKeys = new Set(mains.map(key));
  const taskTime = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && e.ph === 'X' && mainKeys.has(key(e))) taskTime.set(key(e), (taskTime.get(key(e)) ?? 0) + (e.dur ?? 0));
  const main = [...taskTime].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) {
    console.log('  trace: no main-thread tasks found');
    return;
  }
  const onMain = events.filter((e) => key(e) === main);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) / 1000 > longMs).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));

  // CPU profile of the main thread: nodes and samples with absolute times.
  const nodes = new Map<number, ProfileNode>();
  const samples: { t: number; node: number }[] = [];
  const profileIds = new Set(onMain.filter((e) => e.name === 'Profile').map((e) => e.id));
  let t = 0;
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) t = Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts);
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !profileIds.has(e.id)) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ t, node: ids[i]! });
    }
  }
  const label = (id: number) => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return '?';
    return `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber + 1}`;
  };
  const chain = (id: number) => {
    let s = label(id);
    let p = nodes.get(id)?.parent;
    for (let k = 0; k < 4 && p !== undefined && nodes.get(p)?.callFrame.functionName !== '(root)'; k++, p = nodes.get(p)?.parent) s += ' < ' + label(p);
    return s;
  };

  // The bench's own forced GCs (HeapProfiler.collectGarbage) and profiler start are not the page's work.
  const isBench = (task: TraceEvent) =>
    onMain.some((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && (e.name === 'V8.GCLowMemoryNotification' || e.name === 'CpuProfiler::StartProfiling') && (e.dur ?? 0) > 0.5 * (task.dur ?? 0));
  const page = tasks.filter((t) => !isBench(t));
  const cpuLong = page.filter((t) => (t.tdur ?? t.dur ?? 0) / 1000 > longMs);
  console.log(`  trace: ${page.length} main-thread task(s) over ${longMs} ms wall, ${cpuLong.length} over ${longMs} ms CPU (${tasks.length - page.length} more were the bench's forced GC)`);
  // The ones that held the CPU longest first: those are the page's own work, not the machine's load.
  const cpu = (t: TraceEvent) => t.tdur ?? t.dur ?? 0;
  for (const task of [...page].sort((a, b) => cpu(b) - cpu(a)).slice(0, 15)) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    // Direct content: the biggest events nested in the task (script entry points, GC, layout…).
    const inner = onMain
      .filter((e) => e.ph === 'X' && e !== task && e.ts >= start && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 5000)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 6)
      .map((e) => {
        const d = e.args?.data as { functionName?: string; url?: string; type?: string } | undefined;
        const what = d?.functionName ? ` ${d.functionName}` : d?.type ? ` ${d.type}` : '';
        return `${e.name}${what} ${((e.dur ?? 0) / 1000).toFixed(0)}ms`;
      });
    const self = new Map<string, number>();
    let prev = start;
    for (const s of samples) {
      if (s.t < start || s.t > end) continue;
      const c = chain(s.node);
      self.set(c, (self.get(c) ?? 0) + (s.t - prev) / 1000);
      prev = s.t;
    }
    console.log(`    ${((task.dur ?? 0) / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms)  [${inner.join(', ')}]`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`      ${v.toFixed(0).padStart(5)}  ${k}`);
  }
}

// `npx tsx test/bench/host/trace.ts saved.json`: the same summary of a trace kept with TRACE_OUT.
if (process.argv[1]?.endsWith('trace.ts') && process.argv[2]) {
  const { readFileSync } = await import('node:fs');
  const saved = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { traceEvents: TraceEvent[] };
  printLongTasks(saved.traceEvents);
}
