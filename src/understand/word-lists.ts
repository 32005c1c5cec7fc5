/**
 * Small lists of ordinary language (not of any catalog): words that describe rather than name a
 * product, and what they say about people. The catalog's own vocabulary comes from lexicon.ts.
 */

/** Keys (stemmed) that never name a product type on their own: shop and category scaffolding. */
export const GENERIC_WORDS = new Set(
  'product item thing stuff accessory accessori other misc miscellaneou general new sale gift set kit pack piece pc home kitchen dining outdoor sport sports clothing apparel electronic gear essential tool supply supplie equipment collection series edition men women kid unisex adult'
    .split(' '),
);

/**
 * Describing words: in a message they modify the product type, never are one, so a message made of them
 * and a type the shop lacks is still "not sold", and a message of them alone is a feature search.
 */
export const DESCRIBING_WORDS = new Set(
  `good great nice best better top cheap cheaper cheapest expensive pricey affordable budget premium quality light lightweight heavy
  durable comfortable comfy soft warm cool small big large little mini compact portable quiet loud fast slow easy simple
  cute pretty beautiful stylish modern classic new popular trendy fancy basic pro professional beginner beginners kid kids
  children child men women man woman mens womens boy girl baby adult unisex everyday daily travel outdoor indoor waterproof
  wireless electric manual automatic smart digital strong thin thick long short wide narrow tall high low red blue green black
  white grey gray pink purple yellow orange brown navy beige silver gold something anything one ones stuff thing things item
  items product products option options choice choices idea ideas recommendation recommendations suggestion suggestions deal deals`
    .split(/\s+/),
);

/** Who a gift is for → words that fit them; the catalog decides what exists. */
/** People a gift is for, as shoppers name them. */
export const RECIPIENT_WORDS = 'dad|father|mom|mum|mother|parents?|wife|husband|girlfriend|boyfriend|partner|friend|sister|brother|son|daughter|kids?|child|teen|grandma|grandpa|grandmother|grandfather|boss|colleague|coworker|teacher';
export const GIFT_RECIPIENT = new RegExp(String.raw`\b(?:(?:for|to)\s+(?:my\s+|a\s+|our\s+)?|(?:get|buy|give)\s+(?:my|our)\s+)(${RECIPIENT_WORDS}|him|her)\b|(爸爸|父亲|老爸|妈妈|母亲|老妈|爸妈|父母|老婆|老公|女朋友|男朋友|女友|男友|朋友|闺蜜|姐姐|妹妹|哥哥|弟弟|儿子|女儿|孩子|小孩|爷爷|奶奶|外公|外婆|老板|同事|老师)`, 'i');

/**
 * Two-word product names of ordinary shopping language whose head word also names other things: a "slow
 * cooker" is not a rice cooker, a "sleeping bag" not a backpack. Said where the shop sells only the
 * other kind, the answer is "not sold here" with the shop's own as alternatives. Stemmed keys.
 */
export const PRODUCT_COMPOUNDS = new Set(
  `slow cooker|pressure cooker|sleeping bag|duffel bag|duffle bag|tote bag|garment bag|cooler bag|lunch bag|camera bag|sleeping pad|stand mixer|hand mixer|food processor|coffee table|dish rack|ice maker|bread maker|stock pot|dutch oven|toaster oven|microwave oven|hair dryer|tumble dryer|leaf blower|snow blower|pressure washer|water heater|space heater|fan heater|ceiling fan|desk fan|floor lamp|night light|phone case|laptop stand|yoga block|yoga strap|foam roller|jump rope|life jacket|dog bed|cat tree|baby monitor|smoke alarm|ice pack|water filter|shower head|wine glass|shot glass|cutting board|chopping board|rolling pin|paper towel|tea towel|oven mitt|salad spinner|can opener|bottle opener|wine opener|pizza stone|waffle maker|ice cream maker|soda maker|juice press|bike helmet|ski helmet|swim cap|rain cover|car seat|phone charger|wall charger|smart speaker|smart plug|light bulb|extension cord|power strip`
    .split('|'),
);
