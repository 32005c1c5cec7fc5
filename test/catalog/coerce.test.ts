/** Value readers: prices, currencies, availability, URLs, categories, ratings, and HTML-to-text. */
import { expect } from '@open-wc/testing';
import { availability, categoryPath, currency, parseNumber, ratingValue, url } from '../../src/catalog/coerce.ts';
import { IssueLog, ProductIssues, summarizeIssues } from '../../src/catalog/issues.ts';
import { cleanText, decodeEntities, escapeRegExp, normalizeKey } from '../../src/catalog/text.ts';

const issues = () => {
  const log = new IssueLog();
  return { log, p: new ProductIssues(log, 'test') };
};

describe('catalog: value readers', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('reads prices written the ways shops write them', () => {
    const cases: [unknown, number | undefined][] = [
      [19.99, 19.99],
      ['19.99', 19.99],
      ['$1,299.00', 1299],
      ['1.299,00 €', 1299],
      ['29,90', 29.9],
      ['1,299', 1299],
      ['¥ 499', 499],
      ['１２３', 123],
      ["1'000.50", 1000.5],
      ['', undefined],
      [null, undefined],
    ];
    for (const [input, want] of cases) expect(parseNumber(input), String(input)).to.equal(want);
    expect(parseNumber('free')).to.be.NaN;
    expect(parseNumber({ a: 1 })).to.be.NaN;
  });

  it('maps currencies and signs to ISO codes', () => {
    const { p, log } = issues();
    expect(currency('usd', p)).to.equal('USD');
    expect(currency('€', p)).to.equal('EUR');
    expect(currency('元', p)).to.equal('CNY');
    expect(currency(undefined, p, '£12')).to.equal('GBP');
    expect(currency('US$', p)).to.equal('USD');
    expect(currency('gold coins', p)).to.equal(undefined);
    expect(log.issues.map((i) => i.reason)).to.deep.equal(['bad-currency']);
  });

  it('reads availability from IRIs, names, booleans, counts and Chinese', () => {
    const { p } = issues();
    expect(availability('https://schema.org/InStock', p)).to.equal('InStock');
    expect(availability('http://schema.org/OutOfStock', p)).to.equal('OutOfStock');
    expect(availability('schema:PreOrder', p)).to.equal('PreOrder');
    expect(availability('in stock', p)).to.equal('InStock');
    expect(availability('limited_availability', p)).to.equal('LimitedAvailability');
    expect(availability(true, p)).to.equal('InStock');
    expect(availability(0, p)).to.equal('OutOfStock');
    expect(availability('缺货', p)).to.equal('OutOfStock');
    expect(availability('maybe', p)).to.equal('Unknown');
  });

  it('keeps only http(s) URLs, resolved against the page', () => {
    const { p, log } = issues();
    const base = 'https://shop.example/a/b.html';
    expect(url('/img/x.jpg', base, p)).to.equal('https://shop.example/img/x.jpg');
    expect(url('c.html', base, p)).to.equal('https://shop.example/a/c.html');
    expect(url('../x/./y', base, p)).to.equal('https://shop.example/x/y');
    expect(url('https://cdn.example/z.png', base, p)).to.equal('https://cdn.example/z.png');
    expect(url({ '@type': 'ImageObject', contentUrl: '/i.png' }, base, p)).to.equal('https://shop.example/i.png');
    expect(url('javascript:alert(1)', base, p)).to.equal(undefined);
    expect(url('data:text/html,<b>', base, p)).to.equal(undefined);
    expect(log.issues.every((i) => i.reason === 'bad-url')).to.equal(true);
  });

  it('splits category paths and drops ids and URLs', () => {
    const { p } = issues();
    expect(categoryPath('Shoes > Running Shoes', p)).to.deep.equal(['Shoes', 'Running Shoes']);
    expect(categoryPath(['Home', 'Kitchen', 'Kitchen'], p)).to.deep.equal(['Home', 'Kitchen']);
    expect(categoryPath('Apparel › Tops » Tees', p)).to.deep.equal(['Apparel', 'Tops', 'Tees']);
    expect(categoryPath('Home/Garden', p)).to.deep.equal(['Home/Garden']);
    expect(categoryPath(['187', 'https://www.google.com/basepages/producttype/x'], p)).to.deep.equal([]);
  });

  it('reads ratings on 5-, 10- and 100-point scales and rejects impossible ones', () => {
    expect(ratingValue('4.5', undefined, undefined)).to.deep.equal({ value: 4.5, best: 5, worst: 1 });
    expect(ratingValue(8, 10, 0)).to.deep.equal({ value: 8, best: 10, worst: 0 });
    expect(ratingValue(92, undefined, undefined)).to.deep.equal({ value: 92, best: 100, worst: 0 });
    expect(ratingValue(7, 5, 1)).to.equal(undefined);
    expect(ratingValue('great', 5, 1)).to.equal(undefined);
  });

  it('turns HTML into plain text without running or keeping markup', () => {
    expect(cleanText('<p>Hello <b>world</b>!</p><script>alert(1)</script><style>p{}</style>', 100).text).to.equal('Hello world!');
    expect(cleanText('a<br>b<li>c</li>', 100, true).text).to.equal('a\nb c');
    expect(cleanText('Fish &amp; Chips &lt;3 &#x4e2d;&#25991;', 100).text).to.equal('Fish & Chips <3 中文');
    expect(cleanText('&lt;script&gt;alert(1)&lt;/script&gt;', 100).text).to.equal('<script>alert(1)</script>');
    expect(cleanText('bidi \u202eevil\u202c and \u0000nul', 100).text).to.equal('bidi evil and nul');
    const long = cleanText('word '.repeat(100), 50);
    expect(long.truncated).to.equal(true);
    expect(long.text.length).to.be.at.most(51);
    expect(cleanText('plain', 10)).to.deep.equal({ text: 'plain', hadHtml: false, truncated: false });
    expect(decodeEntities('&#0; &#xD800; &bogus;')).to.equal('  &bogus;');
  });

  it('normalises keys and values one way: NFKC, lower-case, single spaces (plain ASCII takes a shortcut)', () => {
    const full = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const cases = ['Size', 'noise cancelling', ' Extra  Large ', 'ＸＬ', 'a\tb', 'x\u00a0y', 'Café', 'e\u0301', '\u3000防水', 'N/A', '', ' ', 'ſ', 'K'];
    for (const c of cases) expect(normalizeKey(c), JSON.stringify(c)).to.equal(full(c));
    expect(normalizeKey('ＸＬ')).to.equal('xl');
    expect(normalizeKey(' Extra  Large ')).to.equal('extra large');
    expect(new RegExp(`^${escapeRegExp('a.b*(c)?[d]$^{1}|\\')}$`).test('a.b*(c)?[d]$^{1}|\\')).to.equal(true);
  });

  it('sums issues up per reason and action', () => {
    const log = new IssueLog();
    for (let i = 0; i < 5; i++) log.add('missing-id', `line ${i}`, 'dropped');
    log.add('bad-price', 'x', 'repaired');
    const rows = summarizeIssues(log.issues);
    expect(rows[0]).to.deep.include({ reason: 'missing-id', action: 'dropped', count: 5, examples: ['line 0', 'line 1', 'line 2'] });
    expect(rows[1]).to.deep.include({ reason: 'bad-price', action: 'repaired', count: 1 });
  });
});
