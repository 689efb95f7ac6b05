#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit tests and build of every package, then the Playwright
# tests in Chromium against the built server. Exits non-zero if anything fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

pnpm_version=10.34.9
started=$SECONDS
say() { printf 'heard: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
give_up() {
  say "$1" >&2
  echo "heard test: FAILED: $1 ($((SECONDS - started)) s)"
  exit 1
}

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  say "installing pnpm ${pnpm_version}"
  if [ -w "$(npm prefix -g)" ]; then
    npm install --global --no-fund --no-audit "pnpm@${pnpm_version}" || give_up "could not install pnpm"
  else
    as_root npm install --global --no-fund --no-audit "pnpm@${pnpm_version}" || give_up "could not install pnpm"
  fi
  hash -r
fi

export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1 COREPACK_ENABLE_DOWNLOAD_PROMPT=0

say "installing dependencies"
pnpm install --frozen-lockfile --config.confirmModulesPurge=false || give_up "pnpm install failed"

# From apt when missing: Chromium for the end-to-end tests, poppler-utils (pdftotext) for the
# tests that read letters' PDFs back.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
apt_packages=()
if [ ! -x "$chromium" ]; then
  [ -n "${CHROMIUM_PATH:-}" ] && give_up "CHROMIUM_PATH=${CHROMIUM_PATH} is not an executable"
  apt_packages+=(chromium)
fi
command -v pdftotext >/dev/null 2>&1 || apt_packages+=(poppler-utils)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  say "installing ${apt_packages[*]} from apt"
  as_root apt-get update || give_up "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${apt_packages[@]}" || give_up "could not install ${apt_packages[*]}"
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  say "tests run on PGlite and on PostgreSQL (TEST_DATABASE_URL is set)"
else
  say "tests run on PGlite (set TEST_DATABASE_URL to run them on PostgreSQL too)"
fi

failed=()

say "formatting of the files at the top level (each package checks its own in lint)"
pnpm exec biome check --error-on-warnings package.json turbo.json .biome.json || failed+=("format")

say "typecheck, lint, test, build"
# As many tasks at once as there are cores: the test suites start PGlite instances, which
# time out when a small machine runs them all together.
pnpm turbo run typecheck lint test build --continue --log-order=grouped --concurrency="$(nproc 2>/dev/null || echo 2)" ||
  failed+=("typecheck/lint/test/build")

say "end-to-end tests in Chromium"
pnpm turbo run e2e --log-order=grouped || failed+=("e2e")

elapsed=$((SECONDS - started))
if [ "${#failed[@]}" -eq 0 ]; then
  echo "heard test: PASSED: typecheck, lint, test, build, e2e (${elapsed} s)"
else
  summary=$(printf '%s and ' "${failed[@]}")
  echo "heard test: FAILED: ${summary% and } (${elapsed} s)"
  exit 1
fi
