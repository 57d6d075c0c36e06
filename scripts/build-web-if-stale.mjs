// Builds the web app when its output is missing or older than its sources, so `npm start` always serves
// the current UI without paying for a rebuild on every start.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const web = path.resolve(import.meta.dirname, '../packages/web');
const output = path.join(web, 'dist/index.html');

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const sources = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'precompress.ts',
  'boundary-levels.ts',
  'cek-surat.html',
  'cek-bansos',
  'verifier-build.ts',
]
  .map((p) => path.join(web, p))
  .filter(existsSync);
const stale = !existsSync(output) || Math.max(...sources.map(newestChange)) > statSync(output).mtimeMs;
if (stale) {
  console.log('Building the web app…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
} else {
  console.log('Web app is up to date.');
}
