/** Strings of My Access's summary: who you are and the doctor's verdict. */
export const summaryMessages = {
  title: 'Summary',
  signedInAs: 'Signed in as',
  doctor: '401 doctor',
  running: 'Running the checks…',
  failed: 'The checks could not run: {{message}}',
  verdict: '{{problem}}, {{warning}}',
  counts: {
    problem_one: '{{count}} problem',
    problem_other: '{{count}} problems',
    warning_one: '{{count}} warning',
    warning_other: '{{count}} warnings',
  },
  attention: 'Needs attention',
  openDoor: 'Open door',
  allClear: 'No problem or warning found.',
} as const;
