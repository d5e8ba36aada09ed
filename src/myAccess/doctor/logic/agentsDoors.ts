import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';
import { DOOR_PREFIX, type OpenDoorsInput } from './openDoors';

/**
 * Agents registering themselves, from the auth backend's discovery document:
 * dynamic client registration lets any program register (a warning);
 * client ID metadata documents admit the clients an allow-list names
 * (information: often intended, and it must be visible).
 */
export function agentsDoors(
  input: Pick<OpenDoorsInput, 'agents'>,
  text: FindingText = defaultDoctorText,
): Finding[] {
  const { agents } = input;
  if (!agents) return [];
  const request = agents.url
    ? [{ label: text('evidence.probeUrl'), value: `GET ${agents.url}` }]
    : [];
  if (!agents.ok) {
    return [
      doctorFinding(
        text,
        'doorAgentsUnknown',
        'unknown',
        { message: agents.message },
        { id: `${DOOR_PREFIX}agents`, evidence: request },
      ),
    ];
  }
  const { signIn } = agents;
  const refresh = text(
    signIn.refreshTokens ? 'doorRefresh.yes' : 'doorRefresh.no',
  );
  const doors: Finding[] = [];
  if (signIn.dynamicClientRegistration) {
    doors.push(
      doctorFinding(
        text,
        'doorAgentsDynamicRegistration',
        'warning',
        { endpoint: signIn.registrationEndpoint ?? '', refresh },
        {
          id: `${DOOR_PREFIX}agents:dcr`,
          evidence: [
            ...request,
            {
              label: 'registration_endpoint',
              value: signIn.registrationEndpoint ?? '',
            },
          ],
        },
      ),
    );
  }
  if (signIn.clientIdMetadataDocuments) {
    doors.push(
      doctorFinding(
        text,
        'doorAgentsClientIdMetadata',
        'info',
        { refresh },
        {
          id: `${DOOR_PREFIX}agents:cimd`,
          evidence: [
            ...request,
            { label: 'client_id_metadata_document_supported', value: 'true' },
          ],
        },
      ),
    );
  }
  if (doors.length === 0) {
    doors.push(
      doctorFinding(
        text,
        'doorAgentsClosed',
        'ok',
        {},
        { id: `${DOOR_PREFIX}agents`, evidence: request },
      ),
    );
  }
  return doors;
}
