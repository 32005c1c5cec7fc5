/**
 * Everyday shopping synonyms, applied to queries only (the index stays literal): "sneakers" also
 * finds running shoes, "耳塞" finds 耳机, "跑鞋" finds 跑步鞋. Groups are symmetric; each word is written
 * as shoppers type it and analysed like the query.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['sneaker', 'trainer', 'running shoe'],
  ['shoe', 'footwear'],
  ['boot', 'hiking boot'],
  ['headphone', 'earphone', 'earbud', 'headset', 'earpiece'],
  ['speaker', 'soundbar', 'boombox'],
  ['smartwatch', 'smart watch', 'watch', 'fitness tracker', 'sports watch'],
  ['person', 'people', 'persons'],
  ['backpack', 'rucksack', 'daypack', 'knapsack'],
  ['jacket', 'coat', 'parka', 'anorak', 'windbreaker', 'shell'],
  ['tee', 't-shirt', 'tshirt', 'shirt', 'top'],
  ['tent', 'shelter'],
  ['coffee maker', 'coffee machine', 'espresso machine', 'brewer'],
  ['yoga mat', 'exercise mat', 'fitness mat'],
  ['waterproof', 'water resistant', 'rainproof'],
  ['wireless', 'bluetooth', 'cordless'],
  ['cheap', 'budget', 'affordable', 'inexpensive'],
  ['laptop', 'notebook', 'computer'],
  // Chinese
  ['跑鞋', '跑步鞋', '运动鞋'],
  ['鞋子', '鞋'],
  ['耳机', '耳塞', '耳麦'],
  ['音箱', '音响', '喇叭'],
  ['手表', '智能手表', '运动手表', '手环'],
  ['背包', '双肩包', '书包', '旅行包'],
  ['外套', '夹克', '外衣', '风衣', '冲锋衣'],
  ['T恤', '短袖', '上衣'],
  ['袜子', '运动袜'],
  ['帐篷', '天幕'],
  ['咖啡机', '咖啡壶'],
  ['瑜伽垫', '健身垫', '运动垫'],
  ['登山靴', '徒步鞋', '登山鞋'],
  ['防水', '防雨'],
  ['无线', '蓝牙'],
  ['便宜', '实惠', '平价'],
];
