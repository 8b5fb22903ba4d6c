#!/usr/bin/env bash
# promtool and amtool (Prometheus' and Alertmanager's own checkers, for the alert-rule and routing tests) from
# Debian's packages, unpacked into build/tools/ without installing the services. Idempotent; npm test runs it first (test/support/npm-test.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/tools
if [ -x "$dest/promtool" ] && [ -x "$dest/amtool" ]; then exit 0; fi
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  # apt-get download needs the package lists; a fresh machine has none.
  apt-get download prometheus prometheus-alertmanager >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus prometheus-alertmanager; }
  for deb in ./*.deb; do dpkg-deb -x "$deb" x; done
)
cp "$work/x/usr/bin/promtool" "$work/x/usr/bin/amtool" "$dest/"
"$dest/promtool" --version | head -1
"$dest/amtool" --version 2>&1 | head -1
