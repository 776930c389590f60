#!/usr/bin/env bash
# Debian's Chromium and the Noto fonts (Devanagari included) for the browser tests and the
# README's screenshots. Idempotent: installs only what is missing. Never downloads a browser
# from anywhere but the distribution's own archive.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [ ${#need[@]} -eq 0 ]; then
  echo "chromium and fonts-noto-core are installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
echo "installed: ${need[*]}"
