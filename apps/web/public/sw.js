// The app shell's service worker (registered by apps/web/src/main.ts in production builds).
// Weak connections: once a page has loaded, a reload works without the network — index.html,
// the scripts and styles it names, the lazy chunks already fetched and the translations come
// from the cache. The API (/api/…) is never cached here: its answers are personal and the exam
// keeps its own unsent answers in IndexedDB.
const CACHE = 'civics-shell-v1';
const SHELL = '/';
const TRANSLATIONS = ['/i18n/az.json', '/i18n/ru.json', '/i18n/en.json'];
// Built files whose names carry a content hash never change: the cached copy is always right.
const HASHED = /\/(main|chunk|styles|polyfills|media)-[\w-]{6,}\.[a-z0-9]+$/i;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('civics-shell-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  if (request.mode === 'navigate') {
    // Every page of the app is index.html: fresh from the network, the cached one when offline.
    event.respondWith(networkFirst(request, SHELL));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, url.pathname));
  }
});

/** index.html, the files it loads and the translations; a failure leaves the worker uninstalled. */
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'no-cache' });
  if (!response.ok) {
    throw new Error(`app shell: ${response.status}`);
  }
  const html = await response.clone().text();
  const named = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1], self.location.origin).pathname);
  await cache.put(SHELL, response);
  await cache.addAll([...new Set([...named, ...TRANSLATIONS])]);
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) {
      return cached;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}
