#!/usr/bin/env bash
# The end-to-end pass on Postgres + S3 (E2E_ENGINES=postgres-s3): the whole suite again, with every stack on its
# own database on the throwaway PostgreSQL server and its own bucket on s3rver (scripts/test-engines.sh;
# scripts/test.sh starts them), plus the two-instance spec that only this pass runs. Fault specs take the
# engine's own form of the fault (storage-full fills the tablespace's disk; slow-copy reads the bucket).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEST_POSTGRES_URL:-}" ] || [ -z "${TEST_S3_ENDPOINT:-}" ]; then
  if [ -n "${CI:-}" ]; then
    echo "CI needs the Postgres + S3 pass: TEST_POSTGRES_URL / TEST_S3_ENDPOINT are not set (scripts/test.sh sets them)" >&2
    exit 1
  fi
  echo "Skipping the Postgres + S3 end-to-end pass (run bash scripts/test.sh, which starts the engines)."
  exit 0
fi
E2E_ENGINES=postgres-s3 exec npx playwright test "$@"
