/** Prices, ratings and availability as shoppers read them, through Intl in the UI language. */
import type { Availability, Rating } from '../catalog/types.ts';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatPrice(amount: number, currency: string | undefined, locale: string): string {
  const key = `${locale}|${currency ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      // An unknown currency code in the catalog: show the number and the code.
      const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      f = { format: (n: number) => `${plain.format(n)} ${currency}` } as Intl.NumberFormat;
    }
    formatters.set(key, f);
  }
  return f.format(amount);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f.format(n);
}

export function inStockNow(a: Availability): boolean {
  return a === 'InStock' || a === 'LimitedAvailability' || a === 'OnlineOnly' || a === 'InStoreOnly';
}

/** A rating on the shop's own scale (`best`, 5 when missing), as stars out of 5. */
export function fiveStar(rating: Pick<Rating, 'value' | 'best'>): number {
  return (rating.value / (rating.best || 5)) * 5;
}

/** Percent off the list price, rounded; 0 when not discounted. */
export function discountPercent(price?: number, listPrice?: number): number {
  if (price === undefined || listPrice === undefined || !(listPrice > price) || listPrice <= 0) return 0;
  return Math.round((1 - price / listPrice) * 100);
}
