#!/usr/bin/env bash
# promtool and amtool (Prometheus' and Alertmanager's own checkers, for the alert-rule and routing tests) from
# Debian's packages, unpacked into build/tools/ without installing the services. Idempotent; npm test runs it first (test/support/npm-test.mjs).
# Nothing to do when both are on PATH already: the CI runner image (lumen/ci-runner) carries them, and in the
# air gap apt-get has nowhere to download from.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v promtool >/dev/null 2>&1 && command -v amtool >/dev/null 2>&1; then exit 0; fi
# Or named by the variables test/support/promtool.ts reads first.
if [ -x "${PROMTOOL:-}" ] && [ -x "${AMTOOL:-}" ]; then exit 0; fi
dest=build/tools
if [ -x "$dest/promtool" ] && [ -x "$dest/amtool" ]; then exit 0; fi
fail() {
  echo "install-promtool.sh: cannot get promtool and amtool ($1)." >&2
  echo "  Put both on PATH (Debian/Ubuntu: apt-get install prometheus prometheus-alertmanager, or their binaries from" >&2
  echo "  the Prometheus releases), or set PROMTOOL and AMTOOL to their paths. In CI they come with the runner image" >&2
  echo "  lumen/ci-runner (README, \"CI runners and image builds\"): a job without them runs in the wrong image." >&2
  exit 1
}
command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 || fail 'no apt-get/dpkg-deb here to download the Debian packages'
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  # apt-get download needs the package lists; a fresh machine has none.
  apt-get download prometheus prometheus-alertmanager >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus prometheus-alertmanager; }
) || fail 'apt-get download prometheus prometheus-alertmanager failed: no Debian mirror reachable (the air gap?)'
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
cp "$work/x/usr/bin/promtool" "$work/x/usr/bin/amtool" "$dest/"
"$dest/promtool" --version | head -1
"$dest/amtool" --version 2>&1 | head -1
