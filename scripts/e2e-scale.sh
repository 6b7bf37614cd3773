#!/usr/bin/env bash
# The end-to-end pass on Postgres + S3 (E2E_ENGINES=postgres-s3): every stack gets its own database on the
# throwaway PostgreSQL server and its own bucket on s3rver (scripts/test-engines.sh; scripts/test.sh starts
# them). It runs the specs that touch the data layer and media storage, plus the two-instance spec, rather than
# every UI spec again: the UI does not change with the engines, and CI time stays reasonable.
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
specs=(
  e2e/generate.spec.ts
  e2e/durable.spec.ts
  e2e/share.spec.ts
  e2e/reference-video.spec.ts
  e2e/gallery.spec.ts
  e2e/crash-submit.spec.ts
  e2e/task-endings.spec.ts
  e2e/scale-instances.spec.ts
)
E2E_ENGINES=postgres-s3 exec npx playwright test "${specs[@]}" "$@"
