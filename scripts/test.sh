#!/usr/bin/env bash
# Installs what the tests need (ffmpeg, Chromium from Debian) and runs every test: types, unit and
# simulator contract tests, then the end-to-end suite in Chromium against a fresh production build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh --chromium
npm install --no-audit --no-fund
rm -rf .next
npm test
