// Installs the front-end packages with `npm ci`, but only when package-lock.json changed since the last install,
// so that every build does not reinstall them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Node.js 20 or later is required to install the front-end assets (found ${process.versions.node}).`);
  process.exit(1);
}

const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.cmq-lock-hash';

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
  console.log('Front-end assets are up to date.');
} else {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, lockHash);
}
