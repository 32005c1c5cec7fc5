/**
 * Strings of the assistant's answers and the chat UI. They load with the chat runtime (not with the
 * first script), one module per language; functions handle plurals and values.
 */
import type { Availability } from '../../catalog/types.ts';

export interface AssistantStrings {
  locale: string;
  /** Name of the UI language for the model's instructions ("English", "Simplified Chinese"). */
  languageName: string;
  /** Joins a list ("a, b and c" / "a、b和c"). */
  list(items: string[]): string;
  quote(text: string): string;

  // ---- facts ----
  availability(a: Availability): string;
  price: string;
  rating: string;
  availabilityLabel: string;
  brand: string;
  ratingText(value: number, count?: number): string;
  wasPrice(price: string): string;
  pricePlaceholder: string;
  yes: string;
  no: string;
  noValue: string;

  // ---- reasons on cards ----
  reasonMatches(terms: string[]): string;
  reasonRating(value: number, count: number): string;
  reasonSale(percent: number): string;
  reasonCheapest: string;
  reasonBoughtWith(title: string): string;
  reasonGoesWith(title: string): string;
  reasonPopular: string;

  // ---- search ----
  searchIntro(shown: number, total: number, query: string): string;
  searchRefined(shown: number, total: number): string;
  searchNone(query: string): string;
  searchRelaxed(query: string): string;
  searchMore(shown: number, total: number): string;
  /** The shop sells no such thing; `alternatives`: related products follow, labelled. */
  notSold(thing: string, alternatives: boolean): string;
  /** Nothing fitted every part; `parts` were dropped to find these. */
  searchRelaxedParts(query: string, parts: string[]): string;
  /** Names of what a relaxed search dropped. */
  relaxedPart(part: string): string;
  pickAnswer(title: string, by: 'price-min' | 'price-max' | 'rating' | 'measure' | 'words', detail?: string): string;
  giftIntro(recipient?: string): string;
  colorAnswer(title: string, yes: boolean, colors: string, asked: string): string;
  /** `since`: what the shopper's history remembers of the price or stock (price memory's clause). */
  saleAnswer(title: string, yes: boolean, price: string, was?: string, since?: string): string;
  /** "More" when the list has no more. */
  noMore: string;
  /** Heading over cards that are alternatives, not matches. */
  alternativesLabel: string;

  // ---- product questions ----
  attrYes(label: string): string;
  attrNo(label: string): string;
  attrValue(label: string, value: string): string;
  fromDescription(text: string): string;
  fromReviews(count: number, text: string): string;
  unknownFact(asked: string, title: string): string;
  /** `was`: the list price; `since`: price memory's clause ("down from $68.00 when you looked on 3 Nov"). */
  priceAnswer(title: string, price: string, was?: string, since?: string): string;
  stockAnswer(title: string, availability: string, since?: string): string;
  sizeAnswer(size: string, state: 'in-stock' | 'out-of-stock' | 'not-offered'): string;
  variantValues(label: string, values: string): string;
  productSummary(title: string): string;
  whichProduct: string;

  // ---- shop questions ----
  shippingLine(opts: { note?: string; regions?: string; cost?: string; freeOver?: string; days?: string }): string;
  days(min?: number, max?: number): string;
  returnsLine(opts: { days?: number; free: boolean; fee?: string; method?: string; note?: string }): string;
  noReturns: string;
  paymentLine(methods: string): string;
  shopUnknown: string;

  // ---- compare ----
  compareIntro(n: number): string;
  compareCheapest(title: string, price: string): string;
  compareBestRated(title: string, rating: string): string;
  compareDiffers(labels: string): string;
  compareSame: string;
  compareNeedMore: string;
  compareCaption: string;
  bestMark: string;

  // ---- reviews ----
  reviewsIntro(title: string, reviews: number, average: string | null, ratings: number): string;
  reviewsLike(points: string): string;
  reviewsDislike(points: string): string;
  reviewsNone(title: string): string;
  reviewsExcluded(n: number): string;
  reviewsTitle: string;
  prosTitle: string;
  consTitle: string;
  nothingNoted: string;
  mentionedBy(n: number): string;
  distributionLabel: string;
  starsRow(stars: number, count: number, total: number): string;

  // ---- bundles, deals, recommendations ----
  bundleIntro(title: string): string;
  bundleNone(title: string): string;
  dealCheapest(title: string, price: string): string;
  dealSale(n: number): string;
  dealValue: string;
  dealNone: string;
  recommendIntro: string;
  recommendColdStart: string;
  recommendNone: string;

  // ---- small talk ----
  greeting: string;
  thanks: string;
  bye: string;
  identity: string;
  help: string;
  outOfScope: string;

  // ---- notices ----
  removedNotice(counts: { id: number; link: number; price: number; html: number }): string;
  modelFailed: string;
  stopped: string;
  failed: string;

  // ---- quick questions ----
  quick: {
    bestIn(category: string): string;
    deals: string;
    forMe: string;
    shipping: string;
    reviews: string;
    goesWith: string;
    compareSimilar: string;
    askAttribute(label: string): string;
    cheaper: string;
    inStock: string;
    compareTop: string;
    returns: string;
  };

  // ---- chat UI ----
  ui: {
    stop: string;
    retry: string;
    thinking: string;
    answering: string;
    answerReady: string;
    stoppedStatus: string;
    suggestionsLabel: string;
    productsLabel(n: number): string;
    view: string;
    addToCart: string;
    retrievalOnly: string;
    modelAnswer: string;
    loading: string;
    loadFailed: string;
    settings: string;
    back: string;
    cancel: string;
    privacyTitle: string;
    privacyIntro: string;
    storedEvents(n: number): string;
    eventType(type: string): string;
    profileTitle: string;
    profileEmpty: string;
    profileCategories: string;
    profileBrands: string;
    profilePriceBand: string;
    exportData: string;
    clearData: string;
    confirmClear: string;
    cleared: string;
    resetProfile: string;
    profileReset: string;
    trackingOff: string;
    trackingGpc: string;
    memoryOnly: string;
    storageUnavailable: string;
    modelTitle: string;
    modelOffer: string;
    modelSetUp: string;
    modelLoading(percent: number | null): string;
    modelFailed: string;
    modelDetails: string;
  };
}
