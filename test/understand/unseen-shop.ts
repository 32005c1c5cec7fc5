/**
 * A third shop the understanding layer was never tuned on: pet supplies, Google-taxonomy-deep category
 * paths, no brand field, brands first or in the middle of messy marketplace titles, specs partly only in
 * titles. Built in code (seeded, small) so the unit tests can ask it anything.
 */
import { readPlainProduct } from '../../src/catalog/plain.ts';
import type { Product } from '../../src/catalog/types.ts';

const ROOT = 'Animals & Pet Supplies > Pet Supplies';
type Raw = { title: string; category: string; price: number; attributes?: Record<string, string>; availability?: string; rating?: { value: number; count: number } };

const beds: Raw[] = [
  { title: 'Barkley Orthopedic Memory Foam Dog Bed, Large, Washable Cover - Grey', category: 'Dog Supplies > Dog Beds', price: 69.99, attributes: { size: 'L', material: 'memory foam', washable: 'yes', orthopedic: 'yes', color: 'grey' } },
  { title: 'Dog Bed for Large Dogs | Pawsome | Calming Donut | Machine Washable | Beige', category: 'Dog Supplies > Dog Beds', price: 39.99, attributes: { size: 'L', material: 'polyester', washable: 'yes', orthopedic: 'no', color: 'beige' } },
  { title: 'PAWSOME Calming Donut Dog Bed Small 50cm, Anti-Anxiety, Pink', category: 'Dog Supplies > Dog Beds', price: 24.99, attributes: { size: 'S', material: 'polyester', washable: 'yes', orthopedic: 'no', color: 'pink' } },
  { title: 'Hearty Paws Bolster Dog Bed XL Orthopedic Egg-Crate Foam (Brown)', category: 'Dog Supplies > Dog Beds', price: 89.0, attributes: { size: 'XL', material: 'egg-crate foam', washable: 'no', orthopedic: 'yes', color: 'brown' } },
  { title: 'Elevated Cooling Dog Bed, Barkley, Medium, Breathable Mesh - Black', category: 'Dog Supplies > Dog Beds', price: 34.5, attributes: { size: 'M', material: 'mesh', washable: 'yes', orthopedic: 'no', color: 'black' } },
  { title: 'Barkley Waterproof Dog Bed Medium | Memory Foam | Grey', category: 'Dog Supplies > Dog Beds', price: 54.99, attributes: { size: 'M', material: 'memory foam', washable: 'yes', orthopedic: 'yes', color: 'grey' } },
];
const toys: Raw[] = [
  { title: 'PAWSOME Squeaky Plush Dog Toy 3-Pack, Fox Raccoon Squirrel', category: 'Dog Supplies > Dog Toys', price: 14.99, attributes: { squeaky: 'yes', material: 'plush' } },
  { title: 'Barkley Tough Rubber Chew Toy for Aggressive Chewers, Large', category: 'Dog Supplies > Dog Toys', price: 12.99, attributes: { squeaky: 'no', material: 'rubber' } },
  { title: 'Tug Rope Toy 5 Knots | Hearty Paws | Cotton | Medium & Large Dogs', category: 'Dog Supplies > Dog Toys', price: 9.99, attributes: { squeaky: 'no', material: 'cotton rope' } },
  { title: 'Interactive Puzzle Feeder Dog Toy, Barkley, Level 2', category: 'Dog Supplies > Dog Toys', price: 19.99, attributes: { squeaky: 'no', material: 'plastic' } },
  { title: 'Squeaky Tennis Balls for Dogs 6-Pack - Pawsome', category: 'Dog Supplies > Dog Toys', price: 11.49, attributes: { squeaky: 'yes', material: 'rubber' } },
];
const leashes: Raw[] = [
  { title: 'Barkley Reflective Dog Leash 1.5 m, Padded Handle, Orange', category: 'Dog Supplies > Dog Leashes & Collars', price: 15.99, attributes: { reflective: 'yes', length: '1.5 m', color: 'orange' } },
  { title: 'Retractable Dog Leash 5 m | Hearty Paws | Tangle Free | Black', category: 'Dog Supplies > Dog Leashes & Collars', price: 22.99, attributes: { reflective: 'no', length: '5 m', color: 'black' } },
  { title: 'Leather Dog Collar, Pawsome, Medium, Brown', category: 'Dog Supplies > Dog Leashes & Collars', price: 18.0, attributes: { reflective: 'no', material: 'leather', color: 'brown' } },
  { title: 'Reflective Nylon Dog Collar with Quick Release Buckle - Barkley - Blue', category: 'Dog Supplies > Dog Leashes & Collars', price: 9.99, attributes: { reflective: 'yes', material: 'nylon', color: 'blue' } },
];
const food: Raw[] = [
  { title: 'Hearty Paws Grain Free Dry Dog Food, Salmon & Sweet Potato, 12 kg', category: 'Dog Supplies > Dog Food > Dry Dog Food', price: 64.99, attributes: { flavour: 'salmon', 'grain free': 'yes', weight: '12 kg' } },
  { title: 'Hearty Paws Adult Dry Dog Food Chicken & Rice 6 kg', category: 'Dog Supplies > Dog Food > Dry Dog Food', price: 34.99, attributes: { flavour: 'chicken', 'grain free': 'no', weight: '6 kg' } },
  { title: 'Barkley Grain-Free Lamb Recipe Dog Food 2 kg', category: 'Dog Supplies > Dog Food > Dry Dog Food', price: 16.99, attributes: { flavour: 'lamb', 'grain free': 'yes', weight: '2 kg' } },
  { title: 'Puppy Dry Food Chicken 6 kg | Barkley', category: 'Dog Supplies > Dog Food > Dry Dog Food', price: 31.99, attributes: { flavour: 'chicken', 'grain free': 'no', weight: '6 kg' } },
  { title: 'PAWSOME Senior Dog Kibble, Salmon, 12 kg, Grain Free', category: 'Dog Supplies > Dog Food > Dry Dog Food', price: 59.0, attributes: { flavour: 'salmon', 'grain free': 'yes', weight: '12 kg' } },
];
const litter: Raw[] = [
  { title: 'Whiskerly Clumping Clay Cat Litter, Unscented, 10 kg', category: 'Cat Supplies > Cat Litter', price: 17.99, attributes: { clumping: 'yes', scent: 'unscented', weight: '10 kg' } },
  { title: 'Whiskerly Lavender Scented Clumping Cat Litter 7 kg', category: 'Cat Supplies > Cat Litter', price: 15.49, attributes: { clumping: 'yes', scent: 'lavender', weight: '7 kg' } },
  { title: 'Natural Pine Pellet Cat Litter, Non-Clumping, 15 kg - Whiskerly', category: 'Cat Supplies > Cat Litter', price: 21.99, attributes: { clumping: 'no', scent: 'unscented', weight: '15 kg' } },
  { title: 'Silica Crystal Cat Litter 5 L | Pawsome | Odour Control', category: 'Cat Supplies > Cat Litter', price: 13.99, attributes: { clumping: 'no', scent: 'unscented' } },
];
const trees: Raw[] = [
  { title: 'Whiskerly Cat Tree 150 cm Multi-Level Tower with Condo & Hammock, Beige', category: 'Cat Supplies > Cat Trees & Condos', price: 89.99, attributes: { height: '150 cm', color: 'beige' } },
  { title: 'Small Cat Tree 90 cm with Scratching Posts | Pawsome | Grey', category: 'Cat Supplies > Cat Trees & Condos', price: 39.99, attributes: { height: '90 cm', color: 'grey' } },
  { title: 'Large Cat Tower 180 cm for Big Cats, Whiskerly, Dark Grey', category: 'Cat Supplies > Cat Trees & Condos', price: 129.0, attributes: { height: '180 cm', color: 'grey' } },
];
const scratchers: Raw[] = [
  { title: 'Sisal Cat Scratching Post 80 cm, Whiskerly', category: 'Cat Supplies > Cat Scratchers', price: 24.99, attributes: { height: '80 cm', material: 'sisal' } },
  { title: 'Cardboard Cat Scratcher Lounge | Pawsome | Refill Included', category: 'Cat Supplies > Cat Scratchers', price: 16.99, attributes: { material: 'cardboard' } },
  { title: 'Wall-Mounted Cat Scratcher Sisal, Whiskerly, Natural', category: 'Cat Supplies > Cat Scratchers', price: 19.99, attributes: { material: 'sisal' } },
];
const aquariums: Raw[] = [
  { title: 'FinCo Glass Aquarium Starter Kit 60 L with LED Light & Filter', category: 'Fish Supplies > Aquariums', price: 119.99, attributes: { volume: '60 L', material: 'glass' } },
  { title: 'FinCo Nano Aquarium 20 L, Curved Glass, Black', category: 'Fish Supplies > Aquariums', price: 59.99, attributes: { volume: '20 L', material: 'glass' } },
  { title: 'Aquarium Tank 120 L | FinCo | Cabinet Included | Oak', category: 'Fish Supplies > Aquariums', price: 279.0, attributes: { volume: '120 L', material: 'glass' } },
  { title: 'Betta Fish Tank 10 L Acrylic Desktop, FinCo', category: 'Fish Supplies > Aquariums', price: 34.99, attributes: { volume: '10 L', material: 'acrylic' } },
];
const cages: Raw[] = [
  { title: 'NibbleNest Hamster Cage 2-Tier with Wheel & Water Bottle, 60 cm', category: 'Small Animal Supplies > Hamster Cages', price: 49.99, attributes: { width: '60 cm' } },
  { title: 'Large Hamster Cage 80 cm | NibbleNest | Tunnels | Deep Base', category: 'Small Animal Supplies > Hamster Cages', price: 74.99, attributes: { width: '80 cm' } },
  { title: 'NibbleNest Glass Hamster Habitat 100 cm', category: 'Small Animal Supplies > Hamster Cages', price: 129.99, attributes: { width: '100 cm' } },
];

const ALL: [string, Raw[]][] = [['BED', beds], ['TOY', toys], ['LSH', leashes], ['FOOD', food], ['LIT', litter], ['TREE', trees], ['SCR', scratchers], ['AQ', aquariums], ['CAGE', cages]];

/** The pet shop's products, read by the real plain-catalog reader. */
export function petShop(): { products: Product[]; byId: Map<string, Product> } {
  const log = { warn() {}, issue() {}, add() {} } as never;
  const products: Product[] = [];
  for (const [prefix, list] of ALL) {
    list.forEach((r, i) => {
      const raw = {
        id: `PET-${prefix}-${String(i + 1).padStart(2, '0')}`,
        title: r.title,
        description: `${r.title}. Loved by pets and their people.`,
        category: `${ROOT} > ${r.category}`,
        price: r.price,
        currency: 'USD',
        availability: r.availability ?? 'InStock',
        rating: r.rating ?? { value: 3.8 + ((i * 37) % 12) / 10, count: 5 + ((i * 53) % 200) },
        attributes: r.attributes ?? {},
      };
      const p = readPlainProduct(raw, { base: 'https://pets.example/', log }, 'unseen-shop');
      if (p) products.push(p);
    });
  }
  return { products, byId: new Map(products.map((p) => [p.id, p])) };
}
