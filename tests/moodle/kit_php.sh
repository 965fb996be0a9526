#!/usr/bin/env bash
# Run one of Studio's PHP scripts inside the shared Moodle kit's site, the way the kit's
# own attempt.sh runs its scripts: the kit's lock (one Moodle job at a time), its
# PostgreSQL started and stopped around the run, PHP 8.2 deprecation noise filtered.
#
# Usage: kit_php.sh KIT_DIR SCRIPT.php [ARGS...]   (stdout: the script's JSON)
set -uo pipefail
KIT="$(cd "$1" && pwd)" || exit 2
shift
. "$KIT/lib/common.sh"
STATE="$(kit_default_state)" || exit 2
if ! kit_load_env; then
  echo "no Moodle site set up in $STATE: run $KIT/setup.sh first" >&2
  exit 2
fi
PGPORT="$KIT_PGPORT"; PGOWNER="$KIT_PGOWNER"; PGBIN="$KIT_PGBIN"
kit_lock || exit 2
errf=""
trap '[ -z "$errf" ] || rm -f "$errf"; pg_stop_if_started' EXIT
trap 'exit 130' INT TERM
pg_start || exit 2
errf="$(mktemp "${TMPDIR:-/tmp}/studio-moodle-php.XXXXXX")" || exit 2
out="$(cd "$STATE/moodle/backup" && MOODLE_DIR="$STATE/moodle" moodle_php "$@" 2>"$errf")"
rc=$?
grep -v -e '^$' -e '^\(PHP \)\{0,1\}Deprecated: ' "$errf" >&2
[ -z "$out" ] || printf '%s\n' "$out"
exit "$rc"
