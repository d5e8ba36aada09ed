#!/usr/bin/env bash
# The whole gate, as README's test command runs it: type check, lint, the
# API report check, unit tests, then the end-to-end suite against the real
# local stack.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

# The end-to-end part needs Chromium: install it where we can (root, apt),
# else stop now with the command to run, not after minutes of other tests.
if [ "${SKIP_E2E:-}" != "1" ]; then
  node test/e2e/chromium.mjs
fi

step 'type check (tsc)'
npx tsc --noEmit
npx tsc --noEmit -p dev/backend/tsconfig.json

step 'lint'
npx backstage-cli package lint src dev test

step 'API report (report.api.md, report-alpha.api.md)'
node test/api-report.mjs

step 'unit tests'
CI=true npx backstage-cli package test --passWithNoTests=false

if [ "${SKIP_E2E:-}" = "1" ]; then
  echo 'SKIP_E2E=1: end-to-end tests skipped'
  exit 0
fi
step 'smoke test of the identity stack (real IdP and backend, no app)'
node test/e2e/stackSmoke.mjs

step 'end-to-end tests (real IdP, backend and Chromium)'
node test/e2e/run.mjs

step 'end-to-end tests behind the authenticating dev proxy (proxied sign-in, open doors)'
node test/e2e/run.mjs --proxied proxied openDoors

step 'end-to-end tests with guest sign-in left on outside development (open doors)'
node test/e2e/run.mjs --guest-outside-development openDoors
