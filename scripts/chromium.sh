#!/usr/bin/env bash
# Make sure Debian's chromium is installed (for the browser tests); print its path.
#
# playwright drives this browser through executable_path; playwright never
# downloads one of its own (no network but the package registries here).
# Needs root to install; as another user it only reports what is there.
set -euo pipefail
log() { echo "chromium: $*" >&2; }
for c in "${SITREP_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" -ne 0 ]; then
  log "chromium is not installed and we are not root: apt-get install chromium first"
  exit 1
fi
log "installing Debian's chromium (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
[ -x /usr/bin/chromium ] || { log "chromium installed but /usr/bin/chromium not found"; exit 1; }
echo /usr/bin/chromium
