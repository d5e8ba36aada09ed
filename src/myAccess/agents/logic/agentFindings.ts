import {
  createFindingBuilder,
  createFindingText,
  type Finding,
  type FindingEvidence,
  type FindingText,
} from '../../../shared/findings/logic';
import { agentsMessages } from '../agentsMessages';
import { describeError } from '../../../shared/logic/describeError';
import type { AgentAction } from './actions';
import { agentsCanSignIn, type AgentSignIn } from '../../logic/agentSignIn';
import { mcpServerState, type McpServerProbe } from './mcp';

/** Every check of the agents card, by message id. */
export type AgentFindingId = keyof (typeof agentsMessages)['findings'];

/** The agents messages in English, for tests and callers outside React. */
export const defaultAgentsText: FindingText = createFindingText(agentsMessages);

const agentFinding = createFindingBuilder<AgentFindingId, string>(
  agentsMessages.findings,
);

/** What the card learnt from the discovery document: how agents sign in, or why it cannot say. */
export type SignInResult =
  { ok: true; signIn: AgentSignIn } | { ok: false; message: string };

/**
 * One finding per way agents can sign in as the user, or one saying there
 * is none, or "could not tell" when the discovery document was unreadable.
 * All are information: none of them is wrong in itself.
 */
export function signInFindings(
  result: SignInResult,
  text: FindingText = defaultAgentsText,
): Finding[] {
  if (!result.ok) {
    return [
      agentFinding(text, 'signInUnknown', 'unknown', {
        message: result.message,
      }),
    ];
  }
  const { signIn } = result;
  const refresh = text(signIn.refreshTokens ? 'refresh.yes' : 'refresh.no');
  if (!agentsCanSignIn(signIn)) {
    return [agentFinding(text, 'signInNone', 'info')];
  }
  const findings: Finding[] = [];
  if (signIn.clientIdMetadataDocuments) {
    findings.push(
      agentFinding(text, 'signInClientIdMetadataDocuments', 'info', {
        refresh,
      }),
    );
  }
  if (signIn.dynamicClientRegistration) {
    findings.push(
      agentFinding(text, 'signInDynamicClientRegistration', 'info', {
        refresh,
        endpoint: signIn.registrationEndpoint ?? '',
      }),
    );
  }
  if (signIn.staticClients) {
    findings.push(
      agentFinding(text, 'signInStaticClients', 'info', { refresh }),
    );
  }
  return findings;
}

function mcpEvidence(
  probe: McpServerProbe,
  text: FindingText,
): FindingEvidence[] {
  const request = {
    label: text('evidence.request'),
    value: `GET ${probe.url}`,
  };
  if (probe.outcome.kind === 'networkError') return [request];
  return [
    request,
    { label: text('evidence.status'), value: String(probe.outcome.status) },
    ...(probe.outcome.errorName
      ? [{ label: text('evidence.errorName'), value: probe.outcome.errorName }]
      : []),
  ];
}

/**
 * What a GET of an MCP endpoint says. A server that answers is
 * information; a missing default server is information (the MCP actions
 * backend is optional); a named server the config lists but the backend
 * lacks is a warning; a refused token or an odd status is a warning; no
 * answer cannot tell.
 */
export function mcpFinding(
  probe: McpServerProbe,
  text: FindingText = defaultAgentsText,
): Finding {
  const id = probe.server ? `mcp:${probe.server}` : 'mcp';
  const { url, server = '' } = probe;
  const state = mcpServerState(probe);
  const evidence = mcpEvidence(probe, text);
  const named = Boolean(probe.server);
  if (probe.outcome.kind === 'networkError') {
    return agentFinding(
      text,
      'mcpNoAnswer',
      'unknown',
      { url, message: probe.outcome.message },
      { id, evidence },
    );
  }
  const status = probe.outcome.status;
  const message = probe.outcome.errorMessage || '(no message)';
  switch (state) {
    case 'served':
      return agentFinding(
        text,
        named ? 'mcpNamedServed' : 'mcpServed',
        'info',
        { url, server },
        { id },
      );
    case 'missing':
      return named
        ? agentFinding(
            text,
            'mcpNamedMissing',
            'warning',
            { url, server },
            { id, evidence },
          )
        : agentFinding(text, 'mcpMissing', 'info', { url }, { id });
    case 'refused':
      return agentFinding(
        text,
        'mcpRefused',
        'warning',
        { url, status, message },
        { id, evidence },
      );
    default:
      return agentFinding(
        text,
        'mcpFailed',
        'warning',
        { url, status, message },
        { id, evidence },
      );
  }
}

/** The MCP probe could not be sent: discovery has no URL for mcp-actions. */
export function mcpUnresolvedFinding(
  message: string,
  text: FindingText = defaultAgentsText,
): Finding {
  return agentFinding(
    text,
    'mcpUnresolved',
    'unknown',
    { message },
    {
      id: 'mcp',
    },
  );
}

/** One plugin's actions list, as the card received it. */
export type PluginActions =
  | { pluginId: string; status: 'listed'; actions: AgentAction[] }
  | { pluginId: string; status: 'not-found' }
  | {
      pluginId: string;
      status: 'failed';
      /** e.g. `HTTP 500 Internal Server Error`, `TimeoutError`. */
      summary: string;
      message: string;
      /** The answer came, and it is not an actions list. */
      unreadable?: boolean;
      /** No answer at all (network, timeout). */
      noAnswer?: boolean;
    };

/**
 * A plugin's listing that failed, from the error `listActions` threw: an
 * HTTP failure, an answer that is not an actions list (`unreadable`), or no
 * answer (network error, timeout).
 */
export function failedListing(pluginId: string, error: unknown): PluginActions {
  const { status, summary, message, network } = describeError(error);
  return {
    pluginId,
    status: 'failed',
    summary,
    message,
    ...(status === undefined &&
      (network || summary === 'TimeoutError') && { noAnswer: true }),
    ...(summary === 'UnreadableAnswerError' && { unreadable: true }),
  };
}

/**
 * The finding shown instead of a plugin's table: none for a list with
 * actions. A 404 and an empty list are information (a plugin without
 * actions is normal); a failure is a warning about that plugin alone, or
 * "could not tell" when it got no answer.
 */
export function pluginActionsFinding(
  listing: PluginActions,
  text: FindingText = defaultAgentsText,
): Finding | undefined {
  const { pluginId } = listing;
  const id = `actions:${pluginId}`;
  if (listing.status === 'listed') {
    return listing.actions.length > 0
      ? undefined
      : agentFinding(text, 'actionsNoneVisible', 'info', { pluginId }, { id });
  }
  if (listing.status === 'not-found') {
    return agentFinding(text, 'actionsNotServed', 'info', { pluginId }, { id });
  }
  const params = {
    pluginId,
    summary: listing.summary,
    message: listing.message,
  };
  if (listing.unreadable) {
    return agentFinding(text, 'actionsUnreadable', 'warning', params, { id });
  }
  if (listing.noAnswer) {
    return agentFinding(text, 'actionsNoAnswer', 'unknown', params, { id });
  }
  return agentFinding(text, 'actionsFailed', 'warning', params, { id });
}

/**
 * "Nothing for agents here", when no plugin asked lists an action and the
 * MCP actions backend is not installed; undefined otherwise (including when
 * a failure leaves it open).
 */
export function nothingInstalledFinding(
  listings: readonly PluginActions[],
  mcp: McpServerProbe | undefined,
  text: FindingText = defaultAgentsText,
): Finding | undefined {
  const noActions = listings.every(
    l =>
      l.status === 'not-found' ||
      (l.status === 'listed' && l.actions.length === 0),
  );
  if (!noActions || !mcp || mcpServerState(mcp) !== 'missing') {
    return undefined;
  }
  return agentFinding(text, 'nothingInstalled', 'info', {
    pluginIds: listings.map(l => l.pluginId).join(', '),
  });
}

/** A config key the card could not use. */
export function configFinding(
  problem: { key: string; message: string },
  text: FindingText = defaultAgentsText,
): Finding {
  return agentFinding(text, 'configInvalid', 'warning', problem, {
    id: `config:${problem.key}`,
  });
}

/** Totals for the card's summary line. */
export function countActions(listings: readonly PluginActions[]) {
  const listed = listings.flatMap(l =>
    l.status === 'listed' ? l.actions : [],
  );
  return {
    actions: listed.length,
    destructive: listed.filter(a => a.attributes.destructive).length,
    plugins: [...new Set(listed.map(a => a.pluginId))],
  };
}
