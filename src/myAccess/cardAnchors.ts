/**
 * The element id of each card on My Access, for links to it: the summary's
 * jump links and the changes since the last visit point here.
 */
export const CARD_ANCHORS = {
  token: 'access-inspector-token',
  groups: 'access-inspector-groups',
  sessions: 'access-inspector-sessions',
  permissions: 'access-inspector-permissions',
  doctor: 'access-inspector-doctor',
  agents: 'access-inspector-agents',
} as const;

/** A card of My Access that has an anchor. */
export type CardAnchor = keyof typeof CARD_ANCHORS;
