#!/usr/bin/env bash
# `npm start`: installs what is missing, builds both apps and the server, then runs the server.
# Safe to run again: every step is skipped or quick when already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
source apps/server/scripts/prepare.sh

say "starting"
exec node apps/server/dist/main.js
