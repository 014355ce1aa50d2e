#!/usr/bin/env bash
# The e2e suite needs Debian's Chromium and a CJK font (Playwright cannot download browsers here).
# Never skip e2e silently: install when we can (root + apt), otherwise stop with one clear line.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_font() { fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; }
if [ -x "$CHROMIUM" ] && have_font; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "e2e: installing chromium and fonts-wqy-microhei with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium fonts-wqy-microhei >/dev/null; }
  exit 0
fi
echo "e2e needs Chromium: run 'sudo apt-get install -y chromium fonts-wqy-microhei' (or set CHROMIUM_PATH), then npm test again." >&2
exit 1
