import { expect } from '@open-wc/testing';
import { generateProducts } from '../../demo/scripts/products.ts';
import { generateSessions } from '../../demo/scripts/sessions.ts';
import { alignTest, evaluate, formatResults, splitByTime, standardModels } from '../../src/recommend/eval/evaluate.ts';
import { MetricsAccumulator } from '../../src/recommend/eval/metrics.ts';
import { formatSessionLog, parseSessionLog } from '../../src/recommend/eval/session-log.ts';

describe('offline evaluation', () => {
  it('reads the session-log format: header by name, any column order, seconds or ms, sorted by time', () => {
    const tsv = 'Time\tItemId\tSessionId\tExtra\n1396860886.998\tB\t1\tx\n1396860669.277\tA\t1\tx\n\n1396800000\tC\t2\tx\nbad line\n';
    const log = parseSessionLog(tsv);
    expect(log.map((s) => [s.id, s.items])).to.deep.equal([
      ['2', ['C']],
      ['1', ['A', 'B']],
    ]);
    expect(log[1]!.times[0]).to.equal(1396860669277);
    expect(parseSessionLog('session_id;user_id;item_id;timeframe;eventdate\n1;NA;81766;526309;2016-05-09\n1;NA;31331;1031018;2016-05-09\n')[0]!.items).to.deep.equal(['81766', '31331']);
    expect(() => parseSessionLog('a\tb\n1\t2\n')).to.throw(/SessionId/);
    const round = parseSessionLog(formatSessionLog(log));
    expect(round.map((s) => s.items)).to.deep.equal(log.map((s) => s.items));
  });

  it('scores HR, MRR and NDCG by the rank of the true next item', () => {
    const m = new MetricsAccumulator();
    const list = Array.from({ length: 30 }, (_, i) => `i${i + 1}`);
    m.add(list, 'i1'); // rank 1
    m.add(list, 'i4'); // rank 4
    m.add(list, 'i15'); // rank 15: in @20, not @10
    m.add(list, 'i25'); // beyond 20
    const r = m.result();
    expect(r.predictions).to.equal(4);
    expect(r.hr20).to.equal(3 / 4);
    expect(r.mrr20).to.be.closeTo((1 + 1 / 4 + 1 / 15) / 4, 1e-12);
    expect(r.hr10).to.equal(2 / 4);
    expect(r.ndcg10).to.be.closeTo((1 + 1 / Math.log2(5)) / 4, 1e-12);
  });

  it('drops test items unseen in training and sessions left too short', () => {
    const train = [{ id: 't', items: ['a', 'b', 'c'], times: [1, 2, 3] }];
    const test = [
      { id: 'x', items: ['a', 'z', 'b'], times: [1, 2, 3] },
      { id: 'y', items: ['z', 'c'], times: [1, 2] },
    ];
    expect(alignTest(train, test)).to.deep.equal([{ id: 'x', items: ['a', 'b'], times: [1, 3] }]);
  });

  it('on the synthetic demo log, the session models beat popularity and the blend keeps up with the best of them', () => {
    const sessions = generateSessions(generateProducts(), { shoppers: 800 });
    const { train, test } = splitByTime(sessions.map((s) => ({ id: s.id, items: s.items, times: s.times })), 2);
    const aligned = alignTest(train, test);
    expect(aligned.length).to.be.greaterThan(20);
    const results = evaluate(aligned, standardModels(train));
    console.log(`synthetic log, ${train.length} training / ${aligned.length} test sessions\n${formatResults(results)}`);
    const by = Object.fromEntries(results.map((r) => [r.name.split(' ')[0], r.metrics]));
    const named = (prefix: string) => results.find((r) => r.name.startsWith(prefix))!.metrics;
    for (const m of ['SR', 'V-SKNN', 'STAN', 'V-STAN']) expect(named(m).hr20, m).to.be.greaterThan(3 * by.popularity!.hr20);
    expect(by['item-kNN']!.hr20).to.be.greaterThan(3 * by.popularity!.hr20);
    const best = Math.max(...['item-kNN', 'SR', 'V-SKNN', 'STAN', 'V-STAN'].map((m) => named(m).hr20));
    expect(named('blend (shop-guide for-you, diversity off)').hr20).to.be.at.least(0.95 * best);
    for (const r of results) {
      expect(r.metrics.mrr20).to.be.at.most(r.metrics.hr20);
      expect(r.metrics.hr10).to.be.at.most(r.metrics.hr20);
      expect(r.predictMs.mean).to.be.a('number');
    }
  });
});
