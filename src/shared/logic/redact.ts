/**
 * Redaction for the support bundle: of text (secret-looking runs,
 * assignments, tokens) and of any JSON-like value.
 */
export * from './redactText';
export * from './redactValue';
