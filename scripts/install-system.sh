#!/usr/bin/env bash
# Installs the Debian packages the app needs (ffmpeg, a font for rendered text) and, with --chromium, the
# browser the end-to-end tests drive. Only what is missing is installed.
set -euo pipefail

packages=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || packages+=(ffmpeg)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
if [ "${1:-}" = "--chromium" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi

if [ ${#packages[@]} -eq 0 ]; then exit 0; fi

echo "Installing Debian packages: ${packages[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
