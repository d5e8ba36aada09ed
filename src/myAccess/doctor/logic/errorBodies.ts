import type {
  Finding,
  FindingSeverity,
  FindingText,
} from '../../../shared/findings/logic';
import {
  classifySignInFailure,
  readProviderLack,
} from '../../../shared/logic/signInFailures';
import {
  defaultDoctorText,
  doctorFinding,
  type DoctorFindingId,
} from './findings';

/**
 * The parts of Backstage's JSON error body the doctor reads:
 * `{ error: { name, message }, response: { statusCode } }`.
 */
export type BackstageErrorBody = {
  name: string;
  message: string;
  statusCode?: number;
};

/** Pasted bodies longer than this are cut before parsing. */
const MAX_BODY_LENGTH = 200_000;
/** Messages are quoted up to this length. */
const MAX_MESSAGE_LENGTH = 500;

function clip(value: string): string {
  return value.length > MAX_MESSAGE_LENGTH
    ? `${value.slice(0, MAX_MESSAGE_LENGTH)}…`
    : value;
}

function ownString(obj: unknown, key: string): string | undefined {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  const value = (obj as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function ownObject(obj: unknown, key: string): unknown {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

/**
 * Reads a Backstage error body from parsed JSON; undefined for other shapes.
 */
export function readBackstageErrorBody(
  json: unknown,
): BackstageErrorBody | undefined {
  const error = ownObject(json, 'error');
  const name = ownString(error, 'name');
  const message = ownString(error, 'message');
  if (name === undefined || message === undefined) return undefined;
  const statusCode = ownObject(ownObject(json, 'response'), 'statusCode');
  return {
    name: clip(name),
    message: clip(message),
    statusCode:
      typeof statusCode === 'number' && Number.isInteger(statusCode)
        ? statusCode
        : undefined,
  };
}

const RULES: Array<{
  test: (e: BackstageErrorBody) => boolean;
  id: DoctorFindingId;
  severity: FindingSeverity;
}> = [
  {
    test: e => /^Missing credentials/i.test(e.message),
    id: 'errorMissingCredentials',
    severity: 'problem',
  },
  {
    test: e => /Failed user token verification/i.test(e.message),
    id: 'errorFailedUserToken',
    severity: 'problem',
  },
  {
    test: e => /^Illegal limited user token/i.test(e.message),
    id: 'errorIllegalLimitedToken',
    severity: 'problem',
  },
  {
    test: e => /^Illegal token/i.test(e.message),
    id: 'errorIllegalToken',
    severity: 'problem',
  },
  {
    test: e => /User token is missing expiration/i.test(e.message),
    id: 'errorMissingExpiration',
    severity: 'problem',
  },
  {
    test: e => /Missing session cookie/i.test(e.message),
    id: 'errorMissingSessionCookie',
    severity: 'problem',
  },
  {
    test: e => /^Refresh failed/i.test(e.message),
    id: 'errorRefreshFailed',
    severity: 'problem',
  },
  {
    test: e =>
      /does not allow '(service|user|none)' credentials/i.test(e.message),
    id: 'errorCredentialTypeRefused',
    severity: 'problem',
  },
  {
    test: e =>
      /plugin token|service token|static token|external access|obo claim|access restrictions|cannot be delegated|restricted to plugin/i.test(
        e.message,
      ),
    id: 'errorServiceToken',
    severity: 'problem',
  },
  {
    test: e => /^Origin '.*' is not allowed/i.test(e.message),
    id: 'errorOriginNotAllowed',
    severity: 'problem',
  },
  {
    test: e => e.name === 'NotAllowedError' || e.statusCode === 403,
    id: 'errorNotAllowed',
    severity: 'warning',
  },
  {
    test: e => e.name === 'AuthenticationError' || e.statusCode === 401,
    id: 'errorAuthentication',
    severity: 'problem',
  },
];

/**
 * How to explain the auth backend's own errors: as the sign-in page does,
 * in its messages, for the app's `auth.environment`.
 */
export type SignInExplanation = { text?: FindingText; environment?: string };

/**
 * Explains one Backstage error: what the message means for the token and
 * what to do. The auth backend's "provider missing" answers become the
 * finding the sign-in page shows for them.
 */
export function explainBackstageError(
  error: BackstageErrorBody,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation = {},
): Finding {
  if (readProviderLack(error.message)) {
    const providerId = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    return classifySignInFailure(
      { name: error.name, message: error.message, status: error.statusCode },
      {
        providerId,
        providerTitle: providerId,
        pageOrigin: '',
        environment: signIn.environment,
      },
      signIn.text,
    );
  }
  const params = {
    name: error.name,
    message: error.message,
    status: error.statusCode ? ` (HTTP ${error.statusCode})` : '',
  };
  const evidence = [
    { label: text('evidence.errorName'), value: error.name },
    { label: text('evidence.errorMessage'), value: error.message },
    ...(error.statusCode
      ? [{ label: text('evidence.status'), value: String(error.statusCode) }]
      : []),
  ];
  const rule = RULES.find(r => r.test(error));
  return rule
    ? doctorFinding(text, rule.id, rule.severity, params, { evidence })
    : doctorFinding(text, 'errorOther', 'warning', params, { evidence });
}

/**
 * Explains a pasted response body. Accepts text around the JSON (a status
 * line, headers) by parsing from the first `{`. Never throws.
 */
export function explainErrorBody(
  input: string,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation = {},
): Finding {
  const body =
    typeof input === 'string' ? input.slice(0, MAX_BODY_LENGTH).trim() : '';
  if (!body) return doctorFinding(text, 'errorEmpty', 'warning', {});
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) {
    return doctorFinding(text, 'errorNotBackstage', 'warning', {
      reason: 'This text is not JSON.',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body.slice(start, end + 1));
  } catch {
    return doctorFinding(text, 'errorNotBackstage', 'warning', {
      reason: 'This text is not valid JSON.',
    });
  }
  const error = readBackstageErrorBody(json);
  if (!error) {
    return doctorFinding(text, 'errorNotBackstage', 'warning', {
      reason: 'This JSON has no error.name and error.message.',
    });
  }
  return explainBackstageError(error, text, signIn);
}
