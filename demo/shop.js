// The demo shop's own script: a tiny cart, as any shop has. It also shows how a host page talks to
// shop-guide (README, "Reporting events"): it reports its own cart actions, and it decides what the
// widget's "Add to cart" buttons do.
const CART_KEY = 'demo-shop-cart';

// Reports a shopper event to shop-guide. The queue works even before the widget's script has loaded
// (this script runs first); once it has, `push` hands the event straight over. Nothing leaves the browser.
function report(event) {
  (window.shopGuideQueue ||= []).push(['track', event]);
}

function readCart() {
  try {
    return JSON.parse(localStorage.getItem(CART_KEY) ?? '[]');
  } catch {
    return [];
  }
}

function renderCount() {
  const count = readCart().length;
  for (const el of document.querySelectorAll('[data-cart-count]')) el.textContent = String(count);
}

function addToCart(productId, source) {
  const cart = readCart();
  cart.push({ productId, at: Date.now(), source });
  localStorage.setItem(CART_KEY, JSON.stringify(cart));
  renderCount();
  // Tell the assistant, so recommendations learn from it. (A card's own button reports this too; the
  // same event from both within a moment counts once.)
  report({ type: 'add-to-cart', productId, source: source === 'assistant' ? 'assistant' : 'page' });
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = document.documentElement.lang.startsWith('zh') ? '已加入购物车' : 'Added to cart';
  document.body.append(toast);
  setTimeout(() => toast.remove(), 2000);
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-add-to-cart]') : null;
  if (button) addToCart(button.getAttribute('data-add-to-cart'), 'page');
});

// The widget's product cards fire composed, bubbling events: the shop decides what they do.
document.addEventListener('shop-guide-add-to-cart', (event) => addToCart(event.detail.productId, 'assistant'));

// The same can be done with a plain DOM event once the widget has loaded:
//   document.dispatchEvent(new CustomEvent('shop-guide-track', { detail: { type: 'purchase', productId } }));
// A checkout page would report each line of the order:
//   report({ type: 'purchase', items: cart.map((line) => ({ productId: line.productId, quantity: 1 })) });

// Swap the product image when the shopper picks another colour.
const colorSelect = document.querySelector('.variants select[name="color"]');
const image = document.querySelector('.product-image');
if (colorSelect && image) {
  colorSelect.addEventListener('change', () => {
    image.src = image.src.replace(/-[a-z]+\.svg$/, `-${colorSelect.value}.svg`);
  });
}

renderCount();
