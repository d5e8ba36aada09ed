/**
 * What the address brought when the page opened: `?error=`, and whether this
 * tab started the redirect sign-in it would come back from.
 */
export type Arrival = {
  error?: string;
  /** The auth backend's message, after a redirect this tab started. */
  redirectError?: { message: string; providerId: string };
  /** Text someone put into the link: never shown. */
  unrequestedError: boolean;
};

/**
 * Reads the arrival from the address's `?error=` and the provider this tab
 * started a redirect sign-in for. Only the tab that left may trust the error.
 */
export function readArrival(
  error: string | undefined,
  redirectStartedBy: string | undefined,
): Arrival {
  return {
    error,
    redirectError:
      error !== undefined && redirectStartedBy !== undefined
        ? { message: error, providerId: redirectStartedBy }
        : undefined,
    unrequestedError: error !== undefined && redirectStartedBy === undefined,
  };
}

type PlannedProvider = { id: string };

/** What the page does when it opens, in order. */
export type OpeningPlan<P extends PlannedProvider> = {
  /** Tried on every load, without a click (a proxy signed the user in). */
  everyLoad: P[];
  /** The remembered provider, restored silently after those. */
  remembered?: P;
  /** Signed in automatically when nothing was restored. */
  auto?: P;
  /** The page shows "restoring" instead of the providers at first. */
  restoring: boolean;
};

/**
 * Decides the opening run once: which providers are tried without a click,
 * and whether the page starts by restoring. A redirect that came back with
 * an error left no session: its provider is not restored, and nothing is
 * tried on load; an address with any `?error=` is never signed in
 * automatically.
 */
export function planOpening<P extends PlannedProvider>(input: {
  /** The providers the app can use, in the page's order. */
  available: readonly P[];
  rememberedId?: string;
  arrival: Arrival;
  auto: boolean;
  /** The strategy of the provider tries it on every load. */
  triedOnEveryLoad: (provider: P) => boolean;
}): OpeningPlan<P> {
  const { available, rememberedId, arrival, auto, triedOnEveryLoad } = input;
  const { redirectError } = arrival;
  const remembered =
    redirectError && rememberedId === redirectError.providerId
      ? undefined
      : available.find(p => p.id === rememberedId);
  const everyLoad = redirectError ? [] : available.filter(triedOnEveryLoad);
  const single =
    auto && available.length === 1 && !triedOnEveryLoad(available[0])
      ? available[0]
      : undefined;
  const autoOnClean = arrival.error === undefined ? single : undefined;
  return {
    everyLoad,
    remembered:
      remembered && !triedOnEveryLoad(remembered) ? remembered : undefined,
    auto: remembered ? undefined : autoOnClean,
    restoring: Boolean(remembered || everyLoad.length > 0 || autoOnClean),
  };
}
