import type { AnyBundle } from './bundleSchema';

/** An ISO time as epoch milliseconds; undefined when it is not one. */
export function parseTime(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The sender's user entity ref, from whichever part of the bundle has it. */
export function bundleSender(bundle: AnyBundle): string | undefined {
  if (bundle.version === 2 && bundle.sender) return bundle.sender.userEntityRef;
  const payload = bundle.claims?.payload;
  const sub =
    payload && typeof payload === 'object'
      ? (payload as Record<string, unknown>).sub
      : undefined;
  return (
    bundle.groups?.userEntityRef ?? (typeof sub === 'string' ? sub : undefined)
  );
}
