import type { ActionAttributes, AgentAction } from '../../logic/agentsAnswers';

/**
 * The path every backend plugin with actions serves under its base URL: the
 * actions the caller may see, after the backend's action filters and each
 * action's visibility permission.
 */
export const ACTIONS_PATH = '/.backstage/actions/v1/actions';

/**
 * An answer that came and is not what was asked for (not JSON, no actions
 * list): a fault of the backend's answer, not of the network.
 */
export class UnreadableAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableAnswerError';
  }
}

export type { ActionAttributes, AgentAction };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * Attributes as the actions registry applies them: an action that says
 * nothing is taken as not read-only, not idempotent, and therefore
 * destructive.
 */
export function readActionAttributes(value: unknown): ActionAttributes {
  const attributes = isRecord(value) ? value : {};
  const readOnly = optionalBoolean(attributes.readOnly) ?? false;
  return {
    destructive: optionalBoolean(attributes.destructive) ?? !readOnly,
    readOnly,
    idempotent: optionalBoolean(attributes.idempotent) ?? false,
  };
}

/** Destructive first, then the other writes, then reads; by name within each. */
function riskRank(action: AgentAction): number {
  if (action.attributes.destructive) return 0;
  return action.attributes.readOnly ? 2 : 1;
}

/**
 * Reads a plugin's `GET /.backstage/actions/v1/actions` answer. Entries
 * without a string id or name are skipped; a body without an `actions`
 * array throws an Error that says so. Sorted by risk, then name.
 */
export function parseActionList(
  body: unknown,
  pluginId: string,
): AgentAction[] {
  if (!isRecord(body) || !Array.isArray(body.actions)) {
    throw new UnreadableAnswerError('the answer has no "actions" list');
  }
  const actions: AgentAction[] = [];
  for (const entry of body.actions) {
    if (!isRecord(entry)) continue;
    const id = typeof entry.id === 'string' ? entry.id : undefined;
    const name =
      typeof entry.name === 'string'
        ? entry.name
        : id?.slice(id.indexOf(':') + 1);
    if (!id || !name) continue;
    actions.push({
      id,
      name,
      title:
        typeof entry.title === 'string' && entry.title.trim()
          ? entry.title.trim()
          : name,
      description:
        typeof entry.description === 'string' ? entry.description : '',
      pluginId:
        typeof entry.pluginId === 'string' && entry.pluginId
          ? entry.pluginId
          : pluginId,
      attributes: readActionAttributes(entry.attributes),
    });
  }
  return actions.sort(
    (a, b) => riskRank(a) - riskRank(b) || a.name.localeCompare(b.name),
  );
}

/** Longest summary shown before the full description is folded away. */
export const SUMMARY_MAX_CHARS = 240;

/**
 * The first paragraph of an action's description, whitespace collapsed, cut
 * at a word before {@link SUMMARY_MAX_CHARS} with an ellipsis. Descriptions
 * are written for agents (the catalog's query action documents its whole
 * filter language); `truncated` says whether the summary leaves any out.
 */
export function summarizeDescription(description: string): {
  summary: string;
  truncated: boolean;
} {
  const whole = description.replace(/\s+/g, ' ').trim();
  const first =
    description
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (first.length <= SUMMARY_MAX_CHARS) {
    return { summary: first, truncated: first !== whole };
  }
  const cut = first.slice(0, SUMMARY_MAX_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return {
    summary: `${(lastSpace > SUMMARY_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`,
    truncated: true,
  };
}
