// Runs a command (the browser tests) inside a network namespace of its own that looks like a village
// office: loopback plus one private LAN address on a virtual cable (veth) that leads nowhere. The office
// network test opens the app by that address, the way another computer on the LAN would, without sending
// anything to a real network. Needs root (CI and the dev machines run as root); elsewhere, or when the
// kernel refuses, the command runs as it is, on the machine's own network.
// Usage: node scripts/office-network.mjs <command> [args…]
import { spawnSync } from 'node:child_process';

export const OFFICE_ADDRESS = '10.87.0.2';
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/office-network.mjs <command> [args…]');
  process.exit(2);
}

const setUp = [
  'ip link set lo up',
  'ip link add office0 type veth peer name office1',
  `ip addr add ${OFFICE_ADDRESS}/24 dev office0`,
  'ip link set office0 up',
  'ip link set office1 up',
].join(' && ');

function run(file, argv, env = process.env) {
  const result = spawnSync(file, argv, { stdio: 'inherit', env });
  if (result.error) return undefined;
  return result.status ?? 1;
}

const alreadyInside = process.env.SK_OFFICE_NETWORK === OFFICE_ADDRESS;
const canIsolate =
  !alreadyInside &&
  process.getuid?.() === 0 &&
  spawnSync('unshare', ['--net', 'sh', '-c', setUp], { stdio: 'ignore' }).status === 0;
if (!canIsolate) {
  if (!alreadyInside) console.log('office-network: no network namespace here; running on the host network.');
  process.exit(run(command, args) ?? 1);
}
console.log(`office-network: running in a network namespace with the office address ${OFFICE_ADDRESS}.`);
const status = run(
  'unshare',
  ['--net', 'sh', '-c', `${setUp} && exec "$@"`, 'office-network', command, ...args],
  { ...process.env, SK_OFFICE_NETWORK: OFFICE_ADDRESS },
);
process.exit(status ?? 1);
