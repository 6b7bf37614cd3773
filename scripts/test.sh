#!/usr/bin/env bash
# Installs what the tests need (ffmpeg, Chromium and PostgreSQL 15 from Debian) and runs every test: types, unit
# and simulator contract tests (the data layer on SQLite and on Postgres, media storage on a folder and on S3),
# then the end-to-end suite in Chromium against a fresh production build, and its Postgres + S3 pass.
# The throwaway PostgreSQL server and S3 endpoint live in a temp folder and are gone when this exits.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh --chromium
npm install --no-audit --no-fund
engines="$(mktemp -d "${TMPDIR:-/tmp}/o1-engines-XXXXXX")"
trap 'bash scripts/test-engines.sh stop "$engines"' EXIT
bash scripts/test-engines.sh start "$engines"
# shellcheck disable=SC1091
source "$engines/env"
rm -rf .next
npm test
