// HTML for the IdP's own pages. Self-contained (no external fonts or
// scripts) so browser tests can block every non-loopback request.

import { accounts, PASSWORD } from './accounts.mjs';

const escapeHtml = value =>
  String(value ?? '').replace(
    /[&<>"']/g,
    c =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ],
  );

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 2rem;
         border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
  .actions { display: flex; gap: .5rem; margin-top: 1.5rem; }
  button { padding: .6rem 1.2rem; font-size: 1rem; cursor: pointer;
           background: #1f5493; color: #fff; border: 0; border-radius: 4px; }
  button.secondary { background: #fff; color: #1f5493; border: 1px solid #1f5493; }
  .error { color: #b00020; background: #fdecea; padding: .6rem; border-radius: 4px; }
  details { margin-top: 1.5rem; color: #444; font-size: .9rem; }
  pre { white-space: pre-wrap; word-break: break-word; }
`;

function layout(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function loginPage({ uid, clientId, login = '', error }) {
  const hints = accounts
    .map(
      a =>
        `<li><code>${escapeHtml(a.email)}</code> — ${escapeHtml(a.expect)}</li>`,
    )
    .join('');
  return layout(
    'Sign in – local IdP',
    `<h1>Sign in to the local IdP</h1>
    <p>Requested by <strong>${escapeHtml(clientId)}</strong>.</p>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
      <label for="username">Username</label>
      <input id="username" name="username" value="${escapeHtml(login)}" required autofocus>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" required>
      <div class="actions">
        <button type="submit">Sign in</button>
        <button class="secondary" type="submit" formaction="/interaction/${escapeHtml(uid)}/abort" formnovalidate>Cancel</button>
      </div>
    </form>
    <details>
      <summary>Seeded accounts (password: <code>${escapeHtml(PASSWORD)}</code>)</summary>
      <ul>${hints}</ul>
    </details>`,
  );
}

const SCOPE_DESCRIPTIONS = {
  openid: 'sign you in with your account id',
  profile: 'your name, picture and groups',
  email: 'your email address and whether it is verified',
  offline_access: 'stay signed in (a refresh token)',
};

export function consentPage({ uid, clientId, clientName, account, scopes }) {
  const items = scopes
    .map(
      scope =>
        `<li><code>${escapeHtml(scope)}</code>${
          SCOPE_DESCRIPTIONS[scope]
            ? ` — ${escapeHtml(SCOPE_DESCRIPTIONS[scope])}`
            : ''
        }</li>`,
    )
    .join('');
  return layout(
    'Allow access – local IdP',
    `<h1>Allow ${escapeHtml(clientName ?? clientId)} to use your account?</h1>
    <p>Signed in as <strong>${escapeHtml(account)}</strong>.
    <strong>${escapeHtml(clientName ?? clientId)}</strong> (client <code>${escapeHtml(clientId)}</code>) asks for:</p>
    <ul aria-label="Requested scopes">${items}</ul>
    <form method="post" action="/interaction/${escapeHtml(uid)}/confirm">
      <div class="actions">
        <button type="submit">Allow</button>
        <button class="secondary" type="submit" formaction="/interaction/${escapeHtml(uid)}/abort">Deny</button>
      </div>
    </form>`,
  );
}

export function messagePage(title, message, details = {}) {
  const rows = Object.entries(details)
    .map(
      ([k, v]) =>
        `<pre><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</pre>`,
    )
    .join('');
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${rows}`,
  );
}

export function logoutPage(form, host) {
  return layout(
    'Sign out – local IdP',
    `<h1>Sign out from ${escapeHtml(host)}?</h1>
    ${form}
    <div class="actions">
      <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
      <button class="secondary" type="submit" form="op.logoutForm">No, stay signed in</button>
    </div>`,
  );
}
