import type { FindingText } from './finding';

const has = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

function lookUp(messages: object, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node =
      node && typeof node === 'object' && has(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A {@link FindingText} over a translation ref's default messages, for pure
 * code and tests, which cannot reach the ref's `t`. It behaves as that `t`
 * (i18next) does: a numeric `count` tries `<key>_zero` (for 0), then the
 * plural form (`<key>_one`, `<key>_other`), then `<key>`; `{{name}}` is
 * filled from `params` and left as written when absent; a missing message
 * comes back as its key.
 */
export function createFindingText(
  messages: object,
  plurals: Intl.PluralRules = new Intl.PluralRules('en'),
): FindingText {
  return (key, params = {}) => {
    const count = params.count;
    const message =
      typeof count === 'number'
        ? ((count === 0 ? lookUp(messages, `${key}_zero`) : undefined) ??
          lookUp(messages, `${key}_${plurals.select(count)}`) ??
          lookUp(messages, key))
        : lookUp(messages, key);
    if (message === undefined) return key;
    return message.replace(/\{\{([^{}]+?)\}\}/g, (match, name: string) =>
      has(params, name.trim()) ? String(params[name.trim()]) : match,
    );
  };
}
