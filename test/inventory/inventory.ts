import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedMessage } from './extractMessages';

/** The repository root, from this file's folder. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ANNOTATIONS_FILE = path.join(__dirname, 'annotations.json');
export const MESSAGES_FILE = path.join(__dirname, 'messages.json');

/** A realistic text of a message, and the finding it gets when not the usual. */
export type MessageExample = string | { text: string; finding: string };

/**
 * What a message means for the user, kept by hand in annotations.json under
 * the message's text (or pattern):
 * - `finding`: a browser user or an admin meets it; the explainer's finding;
 * - `family`: a wrapper ("Authentication failed, ${…}") whose inner text is
 *   inventoried on its own; the family finding the explainer falls back to;
 * - `notUserFacing`: why no user meets it (start-up, config, programmer error).
 */
export type Annotation =
  | {
      finding: string;
      /** Filled-in texts; the default fills `${…}` with realistic values. */
      examples?: MessageExample[];
      /** Where it is seen, when not the default of its side and kind. */
      seenIn?: Wrapper[];
      note?: string;
    }
  | { family: string; note: string }
  | { notUserFacing: string };

/** The realistic places a message is pasted from. */
export type Wrapper = 'toast' | 'body' | 'log' | 'response';

export type Annotations = Record<string, Annotation>;

/** One message of the checked-in inventory: extracted, then annotated. */
export type InventoryEntry = ExtractedMessage & { annotation?: Annotation };

export type Inventory = {
  /** How to regenerate it. */
  generatedBy: string;
  summary: InventorySummary;
  messages: InventoryEntry[];
};

export type InventorySummary = {
  /** Occurrences: one per package, file and text. */
  occurrences: number;
  /** Distinct texts. */
  messages: number;
  userFacing: number;
  /** User-facing texts with their own finding. */
  explained: number;
  /** Wrappers explained as their family. */
  families: number;
  notUserFacing: number;
  unannotated: number;
};

export function readAnnotations(): Annotations {
  return JSON.parse(fs.readFileSync(ANNOTATIONS_FILE, 'utf8'));
}

export function readInventory(): Inventory {
  return JSON.parse(fs.readFileSync(MESSAGES_FILE, 'utf8'));
}

/** The extracted messages with their annotations, and the figures. */
export function buildInventory(
  extracted: ExtractedMessage[],
  annotations: Annotations,
): Inventory {
  const messages = extracted.map(m => ({
    ...m,
    ...(Object.prototype.hasOwnProperty.call(annotations, m.message) && {
      annotation: annotations[m.message],
    }),
  }));
  const distinct = new Map(messages.map(m => [m.message, m.annotation]));
  const values = [...distinct.values()];
  const count = (test: (a: Annotation) => boolean) =>
    values.filter(a => a && test(a)).length;
  const explained = count(a => 'finding' in a);
  const families = count(a => 'family' in a);
  return {
    generatedBy: 'npm run inventory (test/inventory/generate.ts)',
    summary: {
      occurrences: messages.length,
      messages: distinct.size,
      userFacing: explained + families,
      explained,
      families,
      notUserFacing: count(a => 'notUserFacing' in a),
      unannotated: values.filter(a => !a).length,
    },
    messages,
  };
}
