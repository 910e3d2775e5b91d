#!/bin/sh
# The browser test of rasad serve in headless Chromium (Debian's chromium,
# driven by playwright-core from npm). Installs what it lacks, builds rasad,
# runs internal/server/browser/browser-test.mjs. Screenshots go to $SHOT_DIR
# (a temporary folder unless set), whose path the test prints.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! command -v chromium >/dev/null 2>&1; then
	apt-get update -q && apt-get install -y -q chromium
fi
if ! command -v node >/dev/null 2>&1; then
	apt-get update -q && apt-get install -y -q nodejs npm
fi
(cd internal/server/browser && npm ci --no-audit --no-fund --loglevel=error)
tmp=$(mktemp -d)
go build -o "$tmp/rasad" ./cmd/rasad
RASAD_BIN="$tmp/rasad" REPO="$root" timeout 180 node internal/server/browser/browser-test.mjs
