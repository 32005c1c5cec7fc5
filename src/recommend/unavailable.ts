import type { Availability } from '../catalog/types.ts';

/**
 * Availabilities that cannot go in a cart: product cards offer no "Add to cart" for them and the
 * recommender leaves them out by default. Its own module, so a card imports it without the recommender.
 */
export const UNAVAILABLE: readonly Availability[] = ['OutOfStock', 'SoldOut', 'Discontinued'];
