/* eslint-disable no-console */
// Regenerates messages.json from the installed packages, keeping the
// hand-kept annotations (annotations.json). Run: npm run inventory
import fs from 'node:fs';
import { extractMessages } from './extractMessages';
import {
  buildInventory,
  MESSAGES_FILE,
  readAnnotations,
  REPO_ROOT,
} from './inventory';

const annotations = readAnnotations();
const inventory = buildInventory(extractMessages(REPO_ROOT), annotations);
fs.writeFileSync(MESSAGES_FILE, `${JSON.stringify(inventory, null, 2)}\n`);

const texts = new Set(inventory.messages.map(m => m.message));
const unannotated = [...texts].filter(
  t => !Object.prototype.hasOwnProperty.call(annotations, t),
);
const stale = Object.keys(annotations).filter(t => !texts.has(t));
console.log(
  `${MESSAGES_FILE}: ${JSON.stringify(inventory.summary, null, 1).replace(/\n\s*/g, ' ')}`,
);
if (unannotated.length) {
  console.log(
    `\nNot yet annotated (add each to annotations.json):\n${unannotated.map(t => `  ${JSON.stringify(t)}`).join('\n')}`,
  );
}
if (stale.length) {
  console.log(
    `\nAnnotated but no longer in any package (remove from annotations.json):\n${stale.map(t => `  ${JSON.stringify(t)}`).join('\n')}`,
  );
}
