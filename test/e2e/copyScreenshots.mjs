// Copies the screenshots the e2e suite took of the real pages into
// docs/screenshots, where README shows them. Run by `npm run screenshots`.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './browser.mjs';

const names = [
  'sign-in',
  'sign-in-unknown-user',
  'my-access',
  'my-access-groups',
  'my-access-permissions',
  'my-access-doctor',
  'banner-warning',
  'banner-expired',
  'signin-access-denied',
  'my-access-groups-claim',
  'myaccess-provider-claims',
  'my-access-paste-box',
  'myaccess-agents',
  'signin-proxied-bypassed',
  'my-access-since-last-visit',
  'my-access-bundle-compare',
  'my-access-bundle-markdown',
  'idp-window-redirect-uri-no-answer-1400',
  'my-access-summary',
];
const target = join(process.cwd(), 'docs/screenshots');
mkdirSync(target, { recursive: true });
const missing = names.filter(
  n => !existsSync(join(SCREENSHOT_DIR, `${n}.png`)),
);
if (missing.length > 0) {
  console.error(
    `screenshots missing (did the e2e suite pass?): ${missing.join(', ')}`,
  );
  process.exit(1);
}
for (const name of names) {
  copyFileSync(
    join(SCREENSHOT_DIR, `${name}.png`),
    join(target, `${name}.png`),
  );
}
console.log(`copied ${names.length} screenshots to docs/screenshots`);
