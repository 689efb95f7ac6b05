# Sourced by start.sh and heard.sh: installs what is missing and builds both apps and the
# server, from the repository's root. Safe to run again: every step is skipped or quick when done.

pnpm_version=10.34.9
say() { printf 'heard: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  say "Node.js 20.19 or newer is needed (found $(node --version))." >&2
  exit 1
fi

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  say "installing pnpm ${pnpm_version}"
  if [ -w "$(npm prefix -g)" ]; then
    npm install --global --no-fund --no-audit "pnpm@${pnpm_version}"
  else
    as_root npm install --global --no-fund --no-audit "pnpm@${pnpm_version}"
  fi
  hash -r
fi

export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1 COREPACK_ENABLE_DOWNLOAD_PROMPT=0

say "installing dependencies"
pnpm install --frozen-lockfile --config.confirmModulesPurge=false

say "building the family app, the staff app and the server"
pnpm turbo run build --filter=@heard/server... --output-logs=errors-only
