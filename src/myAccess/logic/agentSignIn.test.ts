import { discoveryDocument } from '../../../test/msw/agentsHandlers';
import { agentsCanSignIn, readAgentSignIn } from './agentSignIn';

describe('readAgentSignIn', () => {
  it('reads client ID metadata documents from the dev backend’s document, and no static clients beside them', () => {
    const signIn = readAgentSignIn(discoveryDocument());
    expect(signIn).toEqual({
      clientIdMetadataDocuments: true,
      dynamicClientRegistration: false,
      staticClients: false,
      refreshTokens: false,
      authorizationEndpoint: 'http://127.0.0.1:7007/api/auth/v1/authorize',
    });
    expect(agentsCanSignIn(signIn)).toBe(true);
  });

  it('reads dynamic client registration from a registration endpoint (auth-backend before 0.31)', () => {
    const signIn = readAgentSignIn(
      discoveryDocument({
        client_id_metadata_document_supported: undefined,
        registration_endpoint: 'http://127.0.0.1:7007/api/auth/v1/register',
        grant_types_supported: ['authorization_code', 'refresh_token'],
      }),
    );
    expect(signIn).toMatchObject({
      clientIdMetadataDocuments: false,
      dynamicClientRegistration: true,
      staticClients: false,
      refreshTokens: true,
      registrationEndpoint: 'http://127.0.0.1:7007/api/auth/v1/register',
    });
  });

  it('reads pre-registered clients from a revocation endpoint without CIMD or DCR', () => {
    const signIn = readAgentSignIn(
      discoveryDocument({ client_id_metadata_document_supported: false }),
    );
    expect(signIn).toMatchObject({
      clientIdMetadataDocuments: false,
      dynamicClientRegistration: false,
      staticClients: true,
    });
    expect(agentsCanSignIn(signIn)).toBe(true);
  });

  it('finds no way in a document that advertises none', () => {
    const document = discoveryDocument();
    delete document.client_id_metadata_document_supported;
    delete document.revocation_endpoint;
    const signIn = readAgentSignIn(document);
    expect(agentsCanSignIn(signIn)).toBe(false);
    // A string "true" is not the boolean the auth backend sends.
    expect(
      readAgentSignIn({
        ...document,
        client_id_metadata_document_supported: 'true',
      }).clientIdMetadataDocuments,
    ).toBe(false);
  });

  it.each([
    [null, 'the answer is not a JSON object'],
    [[], 'the answer is not a JSON object'],
    [{ keys: [] }, 'the answer has no "issuer": not a discovery document'],
  ])('refuses %j', (document, message) => {
    expect(() => readAgentSignIn(document)).toThrow(message);
  });
});
