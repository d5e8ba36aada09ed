// The IdP's own pages in a sign-in: the login form, the consent page and
// their answers (oidc-provider's interactions).

import { accounts, checkPassword } from './accounts.mjs';
import { consentPage, loginPage, messagePage } from './pages.mjs';

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

export function sendHtml(res, status, html) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export async function handleInteraction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  const clientId = details.params.client_id;

  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') {
      return sendHtml(
        res,
        200,
        loginPage({ uid, clientId, login: details.params.login_hint }),
      );
    }
    if (details.prompt.name === 'consent') {
      const client = await provider.Client.find(clientId);
      const account = accounts.find(a => a.sub === details.session?.accountId);
      return sendHtml(
        res,
        200,
        consentPage({
          uid,
          clientId,
          clientName: client?.clientName,
          account: account?.email ?? details.session?.accountId,
          scopes: String(details.params.scope ?? '')
            .split(' ')
            .filter(Boolean),
        }),
      );
    }
    return sendHtml(
      res,
      400,
      messagePage(
        'Unexpected interaction',
        `This IdP has no page for the prompt "${details.prompt.name}".`,
      ),
    );
  }

  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const account = checkPassword(form.get('username'), form.get('password'));
    if (!account) {
      console.info(`login failed for "${form.get('username')}"`);
      const error = 'Invalid username or password.';
      return sendHtml(
        res,
        401,
        loginPage({ uid, clientId, login: form.get('username'), error }),
      );
    }
    console.info(`login ok: ${account.email}`);
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  if (
    req.method === 'POST' &&
    action === 'confirm' &&
    details.prompt.name === 'consent'
  ) {
    const { prompt, params, session } = details;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({
          accountId: session.accountId,
          clientId: params.client_id,
        });
    // What the consent page listed: the scopes Backstage requested, which
    // oidc-provider has already checked against the client's.
    grant.addOIDCScope(String(params.scope ?? ''));
    if (prompt.details.missingOIDCClaims) {
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    }
    const grantId = await grant.save();
    console.info(`consent given: ${session.accountId} → ${params.client_id}`);
    return provider.interactionFinished(
      req,
      res,
      { consent: details.grantId ? {} : { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  // Cancel on the login form, Deny on the consent page.
  if (req.method === 'POST' && action === 'abort') {
    const result = {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    };
    return provider.interactionFinished(req, res, result, {
      mergeWithLastSubmission: false,
    });
  }

  return sendHtml(
    res,
    404,
    messagePage('Not found', `${req.method} ${req.url}`),
  );
}
