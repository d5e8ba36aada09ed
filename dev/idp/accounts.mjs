// Seeded accounts of the local IdP. The catalog (dev/catalog/users.yaml)
// holds matching User entities; ghost and unverified are deliberately missing
// or broken so the sign-in failures can be reproduced. Every account but
// dana (askConsent) consents without a consent page.
// mallory's profile is hostile on purpose: markup, script URLs and a plain
// http picture, so the tests can check every place that renders a claim.

export const PASSWORD = 'password';

const guilds = Array.from(
  { length: 20 },
  (_, i) => `guild-${String(i + 1).padStart(2, '0')}`,
);

export const accounts = [
  {
    sub: 'alice',
    email: 'alice@example.com',
    email_verified: true,
    name: 'Alice Example',
    groups: ['team-a', 'team-b'],
    expect: 'signs in; member of team-a and team-b (nested up to acme)',
  },
  {
    sub: 'admin',
    email: 'admin@example.com',
    email_verified: true,
    name: 'Admin Example',
    groups: ['admins'],
    expect: 'signs in; member of admins, the policy allows everything',
  },
  {
    sub: 'many',
    email: 'many@example.com',
    email_verified: true,
    name: 'Many Groups',
    groups: ['team-a', 'team-b', 'platform', 'sales-emea', 'guilds', ...guilds],
    expect: 'signs in; member of 25 groups',
  },
  {
    sub: 'carol',
    email: 'carol@example.com',
    email_verified: true,
    name: 'Carol Example',
    // payments has no catalog Group; the object id is data-platform's
    // graph.microsoft.com/group-id annotation, as Entra ID would send it.
    groups: ['team-a', 'payments', '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11'],
    expect:
      'signs in; groups claim maps team-a by name and data-platform by annotation, payments to nothing; catalog adds sales-emea',
  },
  {
    sub: 'dana',
    email: 'dana@example.com',
    email_verified: true,
    name: 'Dana Example',
    groups: ['team-b'],
    // The one account the IdP asks before it gives Backstage her profile.
    askConsent: true,
    expect:
      'the IdP asks for consent after the login form: "Allow" signs in (member of team-b), "Deny" sends access_denied back to Backstage',
  },
  {
    sub: 'ghost',
    email: 'ghost@example.com',
    email_verified: true,
    name: 'Ghost Example',
    groups: [],
    expect: 'fails: no User entity ("unable to resolve user identity")',
  },
  {
    sub: 'unverified',
    email: 'unverified@example.com',
    email_verified: false,
    name: 'Unverified Example',
    groups: [],
    expect: 'fails: email not verified ("profile does not contain an email")',
  },
  {
    sub: 'mallory',
    email: 'mallory@example.com',
    email_verified: true,
    name: '<img src=x onerror=window.__xss=1>Mallory',
    picture: 'http://127.0.0.1:9/avatar.png?<script>window.__xss=1</script>',
    groups: ['red-team', '<iframe src="javascript:window.__xss=1"></iframe>'],
    expect:
      'signs in; hostile profile and group names, for checks that they render as text',
  },
];

/** Finds an account by sub, by email, or by the email's local part. */
export function findAccount(login) {
  const wanted = String(login ?? '')
    .trim()
    .toLowerCase();
  return accounts.find(
    a =>
      a.sub === wanted ||
      a.email === wanted ||
      a.email.split('@')[0] === wanted,
  );
}

export function checkPassword(login, password) {
  const account = findAccount(login);
  return account && password === PASSWORD ? account : undefined;
}
