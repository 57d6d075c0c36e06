// The offline letter verifier (/cek-surat.html): a small page of its own, not the app, that a phone keeps.
// It downloads the regency's public keys when it is online and keeps them in localStorage, so a letter's QR
// is checked with no network: scanned with the camera where the browser offers BarcodeDetector, or pasted.
// Ed25519 is WebCrypto's where the browser has it, else @noble/ed25519 (audited, dependency-free, loaded only
// then). A service worker keeps the page itself for offline use.
import { verifyQrOffline, webCryptoEd25519, type Ed25519Verify, type KnownKey } from '@smart-kampung/domain';
import { describeOnline, fetchLetterStatus, letterRefOf } from './online.ts';
import { describeVerdict } from './verdict.ts';
import './verifier.css';

const STORE = 'sk-letter-keys';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface StoredKeys {
  keys: KnownKey[];
  fetchedAt: string;
}

function storedKeys(): StoredKeys | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORE) ?? 'null') as StoredKeys | null;
    return parsed && Array.isArray(parsed.keys) ? parsed : null;
  } catch {
    return null;
  }
}

async function refreshKeys(): Promise<StoredKeys | null> {
  try {
    const res = await fetch('/api/public/letter-keys', { cache: 'no-store' });
    if (!res.ok) return null;
    const body = (await res.json()) as { keys: KnownKey[] };
    const fresh = { keys: body.keys, fetchedAt: new Date().toISOString() };
    localStorage.setItem(STORE, JSON.stringify(fresh));
    return fresh;
  } catch {
    return null; // offline: the kept keys serve
  }
}

function showKeys(keys: StoredKeys | null, online: boolean) {
  const status = $('keys-status');
  if (!keys) {
    status.textContent =
      'Belum ada kunci publik tersimpan: buka halaman ini sekali saat tersambung internet. (No keys kept yet: open this page once online.)';
    return;
  }
  const when = new Date(keys.fetchedAt).toLocaleString('id-ID');
  status.textContent = `${keys.keys.length} kunci publik desa tersimpan, diperbarui ${when}${online ? '' : ' (luring / offline)'}.`;
  status.dataset.keys = String(keys.keys.length);
}

let nobleVerify: Ed25519Verify | null = null;

/** WebCrypto Ed25519 when the browser has it; else @noble/ed25519, fetched only then. */
const verifySignature: Ed25519Verify = async (publicKey, signature, message) => {
  if (!nobleVerify) {
    try {
      return await webCryptoEd25519(publicKey, signature, message);
    } catch (error) {
      if (!(error instanceof DOMException) || error.name !== 'NotSupportedError') throw error;
      const noble = await import('@noble/ed25519');
      nobleVerify = (key, sig, msg) => noble.verifyAsync(sig, msg, key);
    }
  }
  return nobleVerify(publicKey, signature, message);
};

async function check(text: string) {
  const keys = storedKeys()?.keys ?? [];
  const verdict = await verifyQrOffline(text.trim(), keys, verifySignature).catch(() => ({
    valid: false as const,
    reason: 'bad_signature' as const,
  }));
  const section = $('verdict');
  section.hidden = false;
  section.replaceChildren(describeVerdict(verdict));
  section.dataset.valid = String(verdict.valid);
}

async function scan() {
  const video = $<HTMLVideoElement>('camera');
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  try {
    for (;;) {
      const [code] = await detector.detect(video);
      if (code?.rawValue) {
        $<HTMLTextAreaElement>('payload').value = code.rawValue;
        await check(code.rawValue);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.hidden = true;
  }
}

declare class BarcodeDetector {
  constructor(options: { formats: string[] });
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/** Opened from a letter's QR (/v/<ref>): the letter's status online, beside the offline check. */
async function showOnlineStatus(ref: string) {
  const section = $('online');
  section.hidden = false;
  section.replaceChildren(describeOnline(await fetchLetterStatus(ref)));
  section.dataset.valid = String(!!section.querySelector('.verdict-title.valid'));
  section.dataset.ready = 'true';
}

function start() {
  const ref = letterRefOf(location.pathname);
  if (ref) void showOnlineStatus(ref);
  showKeys(storedKeys(), false);
  const refreshed = refreshKeys().then((fresh) => showKeys(fresh ?? storedKeys(), !!fresh));
  // A QR opened by the phone's camera app lands here with the record after "#": checked once the keys are
  // refreshed (a first visit has none kept yet), or with the kept ones when offline.
  if (location.hash.length > 1) {
    $<HTMLTextAreaElement>('payload').value = location.href;
    void refreshed.then(() => check(location.href));
  }
  $('check').addEventListener('click', () => void check($<HTMLTextAreaElement>('payload').value));
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    const button = $('scan');
    button.hidden = false;
    button.addEventListener('click', () => void scan().catch(() => (button.hidden = true)));
  }
  if ('serviceWorker' in navigator)
    void navigator.serviceWorker.register('/cek-surat-sw.js', { scope: '/cek-surat' }).catch(() => {});
}

start();
