/**
 * Offers, shipping and return terms, read from schema.org (Offer, AggregateOffer, OfferShippingDetails,
 * MerchantReturnPolicy) and from the plain catalog's simpler shapes alike.
 */
import {
  availability,
  currency,
  isAvailable,
  isObject,
  LIMITS,
  list,
  nameOf,
  parseNumber,
  price,
  scalar,
  schemaName,
  text,
  typesOf,
  url,
  type JsonObject,
} from './coerce.ts';
import type { ProductIssues } from './issues.ts';
import type { Availability, Offer, ReturnPolicy, ShippingPolicy } from './types.ts';

function num(v: unknown): number | undefined {
  const n = parseNumber(v);
  return n === undefined || Number.isNaN(n) ? undefined : n;
}

function amount(v: unknown): { value?: number; currency?: string } {
  if (isObject(v)) {
    const value = num(v.value) ?? num(v.price) ?? num(v.maxValue) ?? num(v.minValue);
    return { value, currency: currency(v.currency ?? v.priceCurrency, null) };
  }
  return { value: num(v) };
}

/** A schema.org StrikethroughPrice / ListPrice entry among priceSpecification. */
function isListPriceSpec(spec: JsonObject): boolean {
  const t = String(scalar(spec.priceType) ?? '');
  return /StrikethroughPrice|ListPrice|MSRP|SRP/i.test(t);
}

/** Offers of a product node: Offer, Offer[], AggregateOffer (with or without its own offers). */
export function readOffers(v: unknown, base: string, issues: ProductIssues, fallbackCurrency?: string): Offer[] {
  const out: Offer[] = [];
  for (const item of list(v)) {
    if (!isObject(item)) {
      // "offers": 19.99 — a bare price.
      const p = price(item, issues);
      if (p !== undefined) out.push({ price: p, currency: fallbackCurrency ?? '', availability: 'Unknown' });
      continue;
    }
    const types = typesOf(item);
    if (types.includes('AggregateOffer')) {
      const inner = readOffers(item.offers, base, issues, currency(item.priceCurrency, issues) ?? fallbackCurrency);
      if (inner.length) {
        out.push(...inner);
        continue;
      }
      const low = price(item.lowPrice ?? item.price, issues);
      if (low !== undefined) {
        out.push({
          price: low,
          currency: currency(item.priceCurrency ?? item.currency, issues, item.lowPrice) ?? fallbackCurrency ?? '',
          availability: availability(item.availability, issues) ?? 'Unknown',
          ...shippingAndReturns(item, issues),
        });
      }
      continue;
    }
    const offer = readOffer(item, base, issues, fallbackCurrency);
    if (offer) out.push(offer);
  }
  return out;
}

export function readOffer(o: JsonObject, base: string, issues: ProductIssues, fallbackCurrency?: string): Offer | undefined {
  let p = price(o.price ?? o.salePrice, issues);
  let listPrice = price(o.listPrice ?? o.regularPrice ?? o.compareAtPrice, issues);
  let cur = currency(o.priceCurrency ?? o.currency, issues, o.price);
  for (const spec of list(o.priceSpecification)) {
    if (!isObject(spec)) continue;
    const sp = price(spec.price, issues);
    if (sp === undefined) continue;
    if (isListPriceSpec(spec)) listPrice = sp;
    else if (p === undefined || typesOf(spec).includes('UnitPriceSpecification')) p = p ?? sp;
    cur = cur ?? currency(spec.priceCurrency, issues, spec.price);
  }
  if (p === undefined) return undefined;
  if (listPrice !== undefined && listPrice <= p) listPrice = undefined;
  const seller = nameOf(o.seller ?? o.offeredBy);
  const offerUrl = o.url !== undefined ? url(o.url, base, issues) : undefined;
  const validUntil = scalar(o.priceValidUntil);
  return {
    price: p,
    currency: cur ?? fallbackCurrency ?? '',
    availability: availability(o.availability, issues) ?? 'Unknown',
    ...(listPrice !== undefined ? { listPrice } : {}),
    ...(seller ? { seller: text(seller, issues, LIMITS.name) } : {}),
    ...(offerUrl ? { url: offerUrl } : {}),
    ...(validUntil ? { priceValidUntil: validUntil } : {}),
    ...shippingAndReturns(o, issues),
  };
}

function shippingAndReturns(o: JsonObject, issues: ProductIssues): Pick<Offer, 'shipping' | 'returns'> {
  const shipping = readShipping(o.shippingDetails ?? o.shipping, issues);
  const returns = readReturns(o.hasMerchantReturnPolicy ?? o.returns ?? o.returnPolicy, issues);
  return { ...(shipping.length ? { shipping } : {}), ...(returns ? { returns } : {}) };
}

function regionsOf(v: unknown): string[] {
  const out: string[] = [];
  for (const r of list(v)) {
    if (isObject(r)) {
      for (const c of list(r.addressCountry ?? r.addressRegion ?? r.name)) {
        const s = isObject(c) ? nameOf(c) : scalar(c);
        if (s) out.push(s.trim());
      }
    } else {
      const s = scalar(r);
      if (s) out.push(s.trim());
    }
  }
  return [...new Set(out)].filter(Boolean);
}

/** schema.org OfferShippingDetails or the plain { regions, cost, currency, freeOver, minDays, maxDays, note }. */
export function readShipping(v: unknown, issues: ProductIssues): ShippingPolicy[] {
  const out: ShippingPolicy[] = [];
  for (const s of list(v)) {
    if (!isObject(s)) continue;
    const rate = amount(s.shippingRate ?? s.cost);
    const free = isObject(s.freeShippingThreshold) ? amount(s.freeShippingThreshold) : { value: num(s.freeShippingThreshold ?? s.freeOver) };
    const delivery = isObject(s.deliveryTime) ? s.deliveryTime : undefined;
    const transit = delivery && isObject(delivery.transitTime) ? delivery.transitTime : undefined;
    const handling = delivery && isObject(delivery.handlingTime) ? delivery.handlingTime : undefined;
    const minDays = num(s.minDays) ?? (transit ? (num(transit.minValue) ?? 0) + (num(handling?.minValue) ?? 0) : undefined);
    const maxDays = num(s.maxDays) ?? (transit ? (num(transit.maxValue) ?? num(transit.minValue) ?? 0) + (num(handling?.maxValue) ?? 0) : undefined);
    const regions = s.regions !== undefined ? regionsOf(s.regions) : regionsOf(s.shippingDestination);
    const note = text(s.note ?? s.shippingLabel ?? s.name ?? s.description, issues, LIMITS.attribute);
    const policy: ShippingPolicy = {
      ...(regions.length ? { regions } : {}),
      ...(rate.value !== undefined && rate.value >= 0 ? { cost: rate.value } : {}),
      ...(rate.currency || free.currency || currency(s.currency, null) ? { currency: rate.currency ?? currency(s.currency, null) ?? free.currency } : {}),
      ...(free.value !== undefined && free.value >= 0 ? { freeOver: free.value } : {}),
      ...(minDays !== undefined && minDays >= 0 ? { minDays } : {}),
      ...(maxDays !== undefined && maxDays >= 0 ? { maxDays } : {}),
      ...(note ? { note } : {}),
    };
    if (Object.keys(policy).length) out.push(policy);
  }
  return out;
}

const RETURN_FEES: [RegExp, NonNullable<ReturnPolicy['fees']>][] = [
  [/FreeReturn|^free$/i, 'free'],
  [/RestockingFees|restocking/i, 'restocking-fee'],
  [/ReturnFeesCustomerResponsibility|ReturnShippingFees|OriginalShippingFees|shopper|customer/i, 'shopper-pays'],
];

const RETURN_METHODS: Record<string, string> = {
  ReturnByMail: 'by mail',
  ReturnInStore: 'in store',
  ReturnAtKiosk: 'at a kiosk',
};

/** schema.org MerchantReturnPolicy or the plain { days, fees, feeAmount, method, note }. */
export function readReturns(v: unknown, issues: ProductIssues): ReturnPolicy | undefined {
  const r = list(v).find(isObject);
  if (!r) return undefined;
  const category = String(scalar(r.returnPolicyCategory) ?? '');
  let days = num(r.merchantReturnDays ?? r.days);
  if (/MerchantReturnNotPermitted/i.test(category)) days = 0;
  const feeText = String(scalar(r.returnFees ?? r.fees) ?? '');
  const fees = feeText ? (RETURN_FEES.find(([re]) => re.test(feeText))?.[1] ?? 'unknown') : undefined;
  const feeAmount = amount(r.returnShippingFeesAmount ?? r.restockingFee ?? r.feeAmount).value;
  const methods = list(r.returnMethod ?? r.method)
    .map((m) => {
      const raw = scalar(m);
      const s = raw && schemaName(raw);
      return s ? (RETURN_METHODS[s] ?? text(s, issues, LIMITS.name)) : undefined;
    })
    .filter((m): m is string => !!m);
  const note = text(r.note ?? r.description ?? r.name, issues, LIMITS.attribute, true);
  const unlimited = /MerchantReturnUnlimitedWindow/i.test(category);
  const policy: ReturnPolicy = {
    ...(days !== undefined && days >= 0 ? { days: Math.round(days) } : {}),
    ...(fees ? { fees } : {}),
    ...(feeAmount !== undefined && feeAmount >= 0 ? { feeAmount } : {}),
    ...(methods.length ? { method: [...new Set(methods)] } : {}),
    ...(note ? { note } : unlimited ? { note: 'Returns accepted at any time.' } : {}),
  };
  return Object.keys(policy).length ? policy : undefined;
}

/** Offer summary for the product: lowest in-stock price, else lowest price; the best availability. */
export function summarizeOffers(offers: Offer[]): { price?: number; listPrice?: number; currency?: string; availability: Availability } {
  if (offers.length === 0) return { availability: 'Unknown' };
  const inStock = offers.filter((o) => isAvailable(o.availability));
  const pool = inStock.length ? inStock : offers;
  let best = pool[0]!;
  for (const o of pool) if (o.price < best.price) best = o;
  return {
    price: best.price,
    ...(best.listPrice !== undefined ? { listPrice: best.listPrice } : {}),
    ...(best.currency ? { currency: best.currency } : {}),
    availability: bestAvailability(offers.map((o) => o.availability)),
  };
}

const RANK: Availability[] = ['InStock', 'OnlineOnly', 'InStoreOnly', 'LimitedAvailability', 'PreOrder', 'BackOrder', 'OutOfStock', 'SoldOut', 'Discontinued', 'Unknown'];

/** The most buyable of several availabilities (a product is in stock when any offer or variant is). */
export function bestAvailability(values: Availability[]): Availability {
  let best: Availability = 'Unknown';
  for (const v of values) if (RANK.indexOf(v) < RANK.indexOf(best)) best = v;
  return best;
}
