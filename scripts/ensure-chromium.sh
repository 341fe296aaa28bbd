#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright cannot download its own browsers here).
# Installs it when missing and this machine can (root with apt-get); otherwise says what to do.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium) …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "The browser tests need Chromium: install it (e.g. apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable." >&2
exit 1
