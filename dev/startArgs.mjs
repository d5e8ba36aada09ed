// The command line of `npm start` (dev/start.mjs), read with node:util's
// parseArgs. Kept apart from start.mjs so that a test can read it without
// starting the stack.
import { parseArgs } from 'node:util';

// --idp-fault=<fault>: the IdP fails sign-ins as real ones do (dev/idp/faults.mjs).
export const IDP_FAULTS = ['redirect-uri', 'down', 'wrong-secret', 'userinfo'];

const OPTIONS = {
  'no-app': {
    type: 'boolean',
    help: 'start only the IdP and the backend (run the app yourself)',
  },
  'short-tokens': {
    type: 'boolean',
    help: "Backstage tokens live 10 minutes (the auth backend's minimum)",
  },
  proxied: {
    type: 'boolean',
    help: 'also an authenticating reverse proxy (dev/proxy) in front of app and backend, and the oauth2Proxy provider',
  },
  verbose: { type: 'boolean', help: "echo the services' output" },
  'idp-fault': {
    type: 'string',
    value: IDP_FAULTS.join('|'),
    help: 'the IdP fails every sign-in the way real ones do (README, "Faults")',
  },
  'guest-outside-development': {
    type: 'boolean',
    help: 'the backend runs as production (NODE_ENV, auth.environment) with guest still allowed (dangerouslyAllowOutsideDevelopment): the 401 doctor reports the open door',
  },
  help: { type: 'boolean', help: 'this text' },
};

const flag = name =>
  OPTIONS[name].value ? `--${name}=${OPTIONS[name].value}` : `--${name}`;

/** Every flag, as `--help` and the error line list them. */
export const KNOWN_FLAGS = Object.keys(OPTIONS).map(flag);

/** The text `--help` prints. */
export function usage() {
  const width = 28;
  return [
    `usage: node dev/start.mjs ${KNOWN_FLAGS.filter(f => f !== '--help')
      .map(f => `[${f}]`)
      .join(' ')}`,
    ...Object.keys(OPTIONS).map(name =>
      flag(name).length > width
        ? `  ${flag(name)}\n  ${' '.repeat(width)}  ${OPTIONS[name].help}`
        : `  ${flag(name).padEnd(width)}  ${OPTIONS[name].help}`,
    ),
  ].join('\n');
}

/**
 * Reads `argv` (without node and the script). Returns the options, or
 * `{ help: true }`, or `{ error }`: one line naming what is wrong and every
 * known flag.
 */
export function parseStartArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(OPTIONS).map(([name, { type }]) => [name, { type }]),
      ),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return {
      error: `${describeParseError(error, argv)}; known flags: ${KNOWN_FLAGS.join(' ')}`,
    };
  }
  if (values.help) return { help: true };
  const idpFault = values['idp-fault'];
  if (idpFault !== undefined && !IDP_FAULTS.includes(idpFault)) {
    return {
      error: `unknown --idp-fault=${idpFault}: one of ${IDP_FAULTS.join(', ')}; known flags: ${KNOWN_FLAGS.join(' ')}`,
    };
  }
  return {
    options: {
      app: !values['no-app'],
      shortTokens: Boolean(values['short-tokens']),
      proxied: Boolean(values.proxied),
      verbose: Boolean(values.verbose),
      guestOutsideDevelopment: Boolean(values['guest-outside-development']),
      ...(idpFault !== undefined && { idpFault }),
    },
  };
}

// parseArgs' own messages run to several sentences; one short line names the
// offending argument instead.
function describeParseError(error, argv) {
  switch (error?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = /'([^']+)'/.exec(error.message)?.[1];
      return `unknown flag ${name ?? argv.join(' ')}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const name = /'([^']+)'/.exec(error.message)?.[1];
      return `unexpected argument ${name ?? argv.join(' ')}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.split('\n')[0];
    default:
      throw error;
  }
}
