import { planOpening, readArrival } from './openingPlan';

const oidc = { id: 'oidc', kind: 'oauth' };
const guest = { id: 'guest', kind: 'guest' };
const proxied = { id: 'oauth2Proxy', kind: 'proxied' };
const triedOnEveryLoad = (p: { kind: string }) => p.kind === 'proxied';
const clean = readArrival(undefined, undefined);

describe('readArrival', () => {
  it('trusts an error only after a redirect this tab started', () => {
    expect(readArrival('Login failed', 'oidc')).toEqual({
      error: 'Login failed',
      redirectError: { message: 'Login failed', providerId: 'oidc' },
      unrequestedError: false,
    });
    expect(readArrival('Login failed', undefined)).toEqual({
      error: 'Login failed',
      redirectError: undefined,
      unrequestedError: true,
    });
    expect(readArrival(undefined, 'oidc')).toEqual({
      error: undefined,
      redirectError: undefined,
      unrequestedError: false,
    });
  });
});

describe('planOpening', () => {
  it('shows the providers at once when nothing is remembered, proxied or automatic', () => {
    expect(
      planOpening({
        available: [oidc, guest],
        arrival: clean,
        auto: false,
        triedOnEveryLoad,
      }),
    ).toEqual({
      everyLoad: [],
      remembered: undefined,
      auto: undefined,
      restoring: false,
    });
  });

  it('restores the remembered provider, and signs in automatically only without one', () => {
    const plan = planOpening({
      available: [oidc],
      rememberedId: 'oidc',
      arrival: clean,
      auto: true,
      triedOnEveryLoad,
    });
    expect(plan).toMatchObject({ remembered: oidc, restoring: true });
    expect(plan.auto).toBeUndefined();
    expect(
      planOpening({
        available: [oidc],
        arrival: clean,
        auto: true,
        triedOnEveryLoad,
      }),
    ).toMatchObject({ auto: oidc, restoring: true });
    // A remembered provider the page no longer offers is not restored.
    expect(
      planOpening({
        available: [oidc],
        rememberedId: 'github',
        arrival: clean,
        auto: false,
        triedOnEveryLoad,
      }),
    ).toMatchObject({ remembered: undefined, restoring: false });
  });

  it('signs in automatically only with exactly one provider, never a proxied one, never with an error in the address', () => {
    const base = { arrival: clean, auto: true, triedOnEveryLoad };
    expect(planOpening({ ...base, available: [oidc, guest] }).auto).toBe(
      undefined,
    );
    expect(planOpening({ ...base, available: [proxied] }).auto).toBe(undefined);
    expect(
      planOpening({
        ...base,
        available: [oidc],
        arrival: readArrival('anything', undefined),
      }),
    ).toMatchObject({ auto: undefined, restoring: false });
  });

  it('tries proxied providers on every load, and restores a remembered one through that alone', () => {
    const plan = planOpening({
      available: [oidc, proxied],
      rememberedId: 'oauth2Proxy',
      arrival: clean,
      auto: false,
      triedOnEveryLoad,
    });
    expect(plan).toEqual({
      everyLoad: [proxied],
      remembered: undefined,
      auto: undefined,
      restoring: true,
    });
  });

  it('after a redirect that came back with an error, restores neither its provider nor the proxied ones', () => {
    const arrival = readArrival('Login failed', 'oidc');
    expect(
      planOpening({
        available: [oidc, proxied],
        rememberedId: 'oidc',
        arrival,
        auto: true,
        triedOnEveryLoad,
      }),
    ).toEqual({
      everyLoad: [],
      remembered: undefined,
      auto: undefined,
      restoring: false,
    });
    // Another provider remembered is still restored.
    expect(
      planOpening({
        available: [oidc, guest],
        rememberedId: 'guest',
        arrival,
        auto: false,
        triedOnEveryLoad,
      }),
    ).toMatchObject({ remembered: guest, restoring: true });
  });
});
