// Local OpenID Connect provider for the dev stack (oidc-provider 9).
// Run: node dev/idp/server.mjs   (env IDP_PORT, BACKEND_PORT, IDP_FAULT)
//
// IDP_FAULT makes it fail a sign-in the way real IdPs do: see ./faults.mjs.

import http from 'node:http';
import { addUserinfoFault, downFault, readFault } from './faults.mjs';
import { handleInteraction, sendHtml } from './interactions.mjs';
import { messagePage } from './pages.mjs';
import { CLIENT_ID, createProvider } from './provider.mjs';

const HOST = '127.0.0.1';
const port = Number(process.env.IDP_PORT ?? 7010);
const backendPort = Number(process.env.BACKEND_PORT ?? 7007);
const issuer = `http://${HOST}:${port}`;

const fault = readFault();

const provider = createProvider({ issuer, backendPort, fault });

if (fault === 'userinfo') addUserinfoFault(provider, issuer);

const providerCallback = provider.callback();

const server = http.createServer();
const handleDown = fault === 'down' ? downFault(server) : () => false;

server.on('request', (req, res) => {
  if (handleDown(req, res)) return;
  const match =
    /^\/interaction\/([^/?]+)(?:\/(login|confirm|abort))?\/?(?:\?|$)/.exec(
      req.url ?? '',
    );
  if (!match) {
    providerCallback(req, res);
    return;
  }
  handleInteraction(provider, req, res, match[1], match[2]).catch(error => {
    console.info(`interaction error: ${error.name}: ${error.message}`);
    // SessionNotFound and friends: expired or missing interaction cookie.
    const status = error.statusCode ?? 500;
    sendHtml(
      res,
      status,
      messagePage('Sign-in error', error.error_description ?? error.message, {
        error: error.name,
      }),
    );
  });
});

server.listen(port, HOST, () => {
  console.info(
    `local IdP ready at ${issuer} (client ${CLIENT_ID}, backend port ${backendPort})${
      fault ? `, fault: ${fault}` : ''
    }`,
  );
});
server.on('error', error => {
  console.error(
    `local IdP failed to listen on ${HOST}:${port}: ${error.message}`,
  );
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // After IDP_FAULT=down it no longer listens: close() then reports that.
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
