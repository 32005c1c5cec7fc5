/** Stock wording shared by product cards and assistant answers, so both say the same thing. */
import type { Availability } from '../catalog/types.ts';
import type { Lang } from './types.ts';

export const AVAILABILITY_LABELS: Record<Lang, Record<Availability, string>> = {
  en: {
    InStock: 'In stock',
    OutOfStock: 'Out of stock',
    PreOrder: 'Pre-order',
    BackOrder: 'Backorder',
    LimitedAvailability: 'Only a few left',
    OnlineOnly: 'Online only',
    InStoreOnly: 'In store only',
    SoldOut: 'Sold out',
    Discontinued: 'Discontinued',
    Unknown: 'Availability unknown',
  },
  'zh-CN': {
    InStock: '有货',
    OutOfStock: '缺货',
    PreOrder: '预售',
    BackOrder: '可预订',
    LimitedAvailability: '库存紧张',
    OnlineOnly: '仅限网店',
    InStoreOnly: '仅限门店',
    SoldOut: '已售罄',
    Discontinued: '已停产',
    Unknown: '库存未知',
  },
};
