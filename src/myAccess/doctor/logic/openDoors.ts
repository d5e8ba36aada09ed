import {
  classifySignInFailure,
  defaultSignInText,
  describeSignInError,
} from '../../../shared/logic/signInFailures';
import { proxiedOpenDoor } from '../../../shared/logic/openDoors/headerTrust';
import type {
  Finding,
  FindingEvidence,
  FindingText,
} from '../../../shared/findings/logic';
import type { AgentSignIn } from '../../logic';
import { defaultDoctorText, doctorFinding } from './findings';
import type { ProxiedProbeResult } from './proxiedChecks';

import { agentsDoors } from './agentsDoors';

export { agentsDoors };

/** One proxied provider's refresh from this page, as the doctor made it. */
export type ProxiedDoorObservation = {
  providerId: string;
  providerTitle: string;
  result: ProxiedProbeResult;
  /** `GET <auth>/<id>/refresh…`, the address the refresh went to. */
  requestUrl?: string;
  pageOrigin: string;
  appBaseUrl?: string;
  authBaseUrl?: string;
  environment?: string;
};

/** What the page observed that can open a door to anyone. */
export type OpenDoorsInput = {
  proxied: ProxiedDoorObservation[];
  guest: {
    /** The sign-in page offers `guest`. */
    offered: boolean;
    /** This session came from the guest provider: it answered. */
    signedIn: boolean;
    /** The identity the guest session got. */
    user?: string;
  };
  /** `auth.environment`, as the app's config says. */
  authEnvironment?: string;
  /** The app's own build (`process.env.NODE_ENV` of its bundle). */
  appBuild?: string;
  /** `permission.enabled`, as the app's config says (undefined: unset). */
  permissionEnabled?: boolean;
  /**
   * The auth backend's discovery document: read, unreadable (with why), or
   * not asked for.
   */
  agents?:
    | { ok: true; signIn: AgentSignIn; url?: string }
    | { ok: false; message: string; url?: string };
};

export const DOOR_PREFIX = 'door:';

/** Whether a finding is one of {@link findOpenDoors}'. */
export function isOpenDoor(finding: Finding): boolean {
  return finding.id.startsWith(DOOR_PREFIX);
}

/**
 * The answer of one proxied refresh, as an open door: the shared rule reads
 * whether the request reached the auth backend without the proxy, and the
 * module's header trust decides what that means.
 */
export function proxiedDoor(
  observation: ProxiedDoorObservation,
  signInText: FindingText = defaultSignInText,
): Finding | undefined {
  const { result } = observation;
  let outcome: 'headerMissing' | 'backendRefused' | 'other' = 'other';
  let message: string | undefined;
  let evidence: FindingEvidence[] | undefined;
  if (!result.ok) {
    const failure = describeSignInError(result.error);
    message = failure.message;
    const explained = classifySignInFailure(
      failure,
      {
        providerId: observation.providerId,
        providerTitle: observation.providerTitle,
        pageOrigin: observation.pageOrigin,
        appBaseUrl: observation.appBaseUrl,
        authBaseUrl: observation.authBaseUrl,
        environment: observation.environment,
      },
      signInText,
    );
    evidence = explained.evidence;
    if (explained.id === 'proxyHeaderMissing') outcome = 'headerMissing';
    // A ResponseError carries the auth backend's own error body; the proxy's
    // answers and network failures do not.
    else if (
      (result.error as { name?: unknown } | undefined)?.name === 'ResponseError'
    ) {
      outcome = 'backendRefused';
    }
  }
  const door = proxiedOpenDoor(
    {
      providerId: observation.providerId,
      providerTitle: observation.providerTitle,
      outcome,
      message,
      requestUrl: observation.requestUrl,
      evidence,
    },
    signInText,
  );
  return (
    door && { ...door, id: `${DOOR_PREFIX}proxied:${observation.providerId}` }
  );
}

function outsideDevelopment(
  input: OpenDoorsInput,
  text: FindingText,
): FindingEvidence[] {
  const why: FindingEvidence[] = [];
  if (input.authEnvironment && input.authEnvironment !== 'development') {
    why.push({
      label: text('evidence.authEnvironment'),
      value: input.authEnvironment,
    });
  }
  if (input.appBuild === 'production') {
    why.push({ label: text('evidence.appBuild'), value: input.appBuild });
  }
  return why;
}

/**
 * Guest sign-in outside development. The guest module
 * (`@backstage/plugin-auth-backend-module-guest-provider`) refuses unless
 * `NODE_ENV` is development or `dangerouslyAllowOutsideDevelopment` is on;
 * the page sees only whether a guest session exists and what the app's
 * config and build say. It never signs in as guest to find out: the guest
 * refresh mints a token.
 */
export function guestDoor(
  input: OpenDoorsInput,
  text: FindingText = defaultDoctorText,
): Finding | undefined {
  const id = `${DOOR_PREFIX}guest`;
  const outside = outsideDevelopment(input, text);
  const user = input.guest.user ?? 'user:development/guest';
  const signedIn = {
    label: text('evidence.signedInWith'),
    value: `guest (${user})`,
  };
  if (input.guest.signedIn) {
    if (outside.length > 0) {
      return doctorFinding(
        text,
        'doorGuestOutsideDevelopment',
        'problem',
        {
          user,
          where: outside.map(e => `${e.label} is ${e.value}`).join(', '),
        },
        { id, evidence: [signedIn, ...outside] },
      );
    }
    return doctorFinding(
      text,
      'doorGuestDevelopment',
      'info',
      { user },
      {
        id,
        evidence: [
          signedIn,
          {
            label: text('evidence.authEnvironment'),
            value: input.authEnvironment ?? 'development',
          },
        ],
      },
    );
  }
  if (input.guest.offered && outside.length > 0) {
    return doctorFinding(
      text,
      'doorGuestUnknown',
      'unknown',
      { where: outside.map(e => `${e.label} is ${e.value}`).join(', ') },
      { id, evidence: outside },
    );
  }
  return undefined;
}

/** `permission.enabled` not true: no policy decides anything. */
export function permissionsDoor(
  input: Pick<OpenDoorsInput, 'permissionEnabled'>,
  text: FindingText = defaultDoctorText,
): Finding {
  const id = `${DOOR_PREFIX}permissions`;
  const value =
    input.permissionEnabled === undefined
      ? text('values.unset')
      : String(input.permissionEnabled);
  const evidence = [{ label: 'permission.enabled', value }];
  return input.permissionEnabled === true
    ? doctorFinding(text, 'doorPermissionsOn', 'ok', {}, { id, evidence })
    : doctorFinding(
        text,
        'doorPermissionsOff',
        'warning',
        { value },
        { id, evidence },
      );
}

/**
 * Every way the page can establish that anyone could act as anyone: a
 * header-trusting provider reachable around its proxy, guest sign-in
 * outside development, permissions off, agents registering themselves.
 * Each finding quotes what was observed; what cannot be established is
 * "could not tell", never a guess.
 */
export function findOpenDoors(
  input: OpenDoorsInput,
  text: FindingText = defaultDoctorText,
  signInText: FindingText = defaultSignInText,
): Finding[] {
  const doors: Finding[] = [];
  for (const observation of input.proxied) {
    const door = proxiedDoor(observation, signInText);
    if (door) doors.push(door);
  }
  const guest = guestDoor(input, text);
  if (guest) doors.push(guest);
  doors.push(permissionsDoor(input, text));
  doors.push(...agentsDoors(input, text));
  return doors;
}
