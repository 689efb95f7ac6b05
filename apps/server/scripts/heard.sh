#!/usr/bin/env bash
# `npm run heard -- <command>`: an operator's command (see apps/server/src/cli.ts), with the
# server's configuration. Builds what is missing first, as `npm start` does, quietly.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
source apps/server/scripts/prepare.sh >&2

exec node apps/server/dist/cli.js "$@"
