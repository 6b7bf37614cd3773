#!/usr/bin/env bash
# Installs everything and starts O1 Studio on the built-in APIMart simulator (no API key needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
npm install --no-audit --no-fund
npm run build
exec npm start
