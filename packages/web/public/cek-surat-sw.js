// Keeps the offline letter verifier (/cek-surat.html) and its files on the phone: the page and its scripts are
// answered from the network when there is one (and kept), from the kept copy when there is none. Nothing else of
// the app is touched: this worker's scope is only what the verifier loads.
const CACHE = 'sk-cek-surat-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add('/cek-surat.html')));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  const kept = url.pathname === '/cek-surat.html' || url.pathname.startsWith('/assets/');
  if (!kept || url.pathname.startsWith('/api/')) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request).then((hit) => hit ?? Response.error())),
  );
});
