// The demo shop's own script: a tiny cart, as any shop has. It also shows how a host page talks to
// shop-guide: it listens for the widget's add-to-cart / view events and reports its own cart actions.
const CART_KEY = 'demo-shop-cart';

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
  // Tell the assistant, so recommendations learn from it (see README, "Reporting events").
  document.dispatchEvent(new CustomEvent('shop-guide-track', { detail: { type: 'add-to-cart', productId } }));
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

// Swap the product image when the shopper picks another colour.
const colorSelect = document.querySelector('.variants select[name="color"]');
const image = document.querySelector('.product-image');
if (colorSelect && image) {
  colorSelect.addEventListener('change', () => {
    image.src = image.src.replace(/-[a-z]+\.svg$/, `-${colorSelect.value}.svg`);
  });
}

renderCount();
