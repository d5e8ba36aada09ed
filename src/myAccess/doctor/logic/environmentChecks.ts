import {
  checkAppOrigin,
  defaultSignInText,
} from '../../../shared/logic/signInFailures';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

// Second-level labels under which registrations happen (co.uk, com.au, …).
// Not the public suffix list: close enough to tell "same site" for the
// usual deployments, and said so in the finding's evidence.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu']);

/**
 * The site of a URL as browsers compare it for SameSite cookies: scheme and
 * registrable domain (approximated without the public suffix list; IP
 * addresses and single-label hosts are their own site).
 */
export function siteOf(url: string): { scheme: string; site: string } {
  const parsed = new URL(url);
  const scheme = parsed.protocol.replace(/:$/, '');
  const host = parsed.hostname.toLowerCase();
  if (
    /^\d+(\.\d+){3}$/.test(host) ||
    host.startsWith('[') ||
    !host.includes('.')
  ) {
    return { scheme, site: host };
  }
  const labels = host.split('.');
  const take =
    labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return { scheme, site: labels.slice(-take).join('.') };
}

/**
 * What the environment checks read from the page and the config.
 */
export type EnvironmentCheckInput = {
  /** `window.location.href`. */
  pageUrl: string;
  appBaseUrl?: string;
  backendBaseUrl?: string;
};

/**
 * Page origin vs `app.baseUrl` (reusing the sign-in page's check), http vs
 * https, and whether app and backend are same-site.
 */
export function checkEnvironment(
  input: EnvironmentCheckInput,
  text: FindingText = defaultDoctorText,
  signInText: FindingText = defaultSignInText,
): Finding[] {
  const findings: Finding[] = [];
  let page: URL;
  try {
    page = new URL(input.pageUrl);
  } catch (e) {
    return [
      doctorFinding(
        text,
        'siteUnknown',
        'unknown',
        { message: String(e) },
        { id: 'site' },
      ),
    ];
  }
  findings.push({
    ...checkAppOrigin(page.origin, input.appBaseUrl, signInText),
    id: 'origin',
  });

  let backend: URL | undefined;
  try {
    backend = input.backendBaseUrl ? new URL(input.backendBaseUrl) : undefined;
  } catch {
    backend = undefined;
  }
  const evidence = [
    { label: text('evidence.pageUrl'), value: page.origin },
    {
      label: text('evidence.backendBaseUrl'),
      value: input.backendBaseUrl ?? '',
    },
  ];
  if (backend && page.protocol === 'https:' && backend.protocol === 'http:') {
    findings.push(
      doctorFinding(
        text,
        'mixedContent',
        'problem',
        {},
        { id: 'scheme', evidence },
      ),
    );
  } else if (page.protocol === 'http:' && !LOOPBACK.has(page.hostname)) {
    findings.push(
      doctorFinding(
        text,
        'insecureHttp',
        'warning',
        { pageOrigin: page.origin },
        { id: 'scheme' },
      ),
    );
  } else {
    findings.push(
      doctorFinding(
        text,
        'httpsOk',
        'ok',
        { protocol: page.protocol.replace(/:$/, '') },
        { id: 'scheme' },
      ),
    );
  }

  if (!backend) {
    findings.push(
      doctorFinding(
        text,
        'siteUnknown',
        'unknown',
        { message: `backend.baseUrl is "${input.backendBaseUrl ?? ''}"` },
        { id: 'site' },
      ),
    );
    return findings;
  }
  const appSite = siteOf(page.href);
  const backendSite = siteOf(backend.href);
  const params = {
    appSite: `${appSite.scheme}://${appSite.site}`,
    backendSite: `${backendSite.scheme}://${backendSite.site}`,
    pageProtocol: appSite.scheme,
    backendProtocol: backendSite.scheme,
  };
  if (appSite.scheme !== backendSite.scheme) {
    findings.push(
      doctorFinding(text, 'schemeDiffers', 'warning', params, {
        id: 'site',
        evidence,
      }),
    );
  } else if (appSite.site !== backendSite.site) {
    findings.push(
      doctorFinding(text, 'crossSite', 'warning', params, {
        id: 'site',
        evidence,
      }),
    );
  } else {
    findings.push(
      doctorFinding(text, 'sameSite', 'ok', params, { id: 'site' }),
    );
  }
  return findings;
}
