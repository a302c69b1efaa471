#!/bin/sh
# Start command of the Chợ Số backend image (docker/backend.Dockerfile).
#
# MEDUSA_RUN_MIGRATIONS=true  runs `medusa db:migrate` first. Set it on exactly one
#                             service (the API server), not on the workers.
# MEDUSA_MIGRATE_ARGS         flags for db:migrate. The default applies only the safe
#                             link and search-index changes and never prompts.
#                             Set it to "" for no flags.
# Any arguments are passed on to `medusa start` (for example --cluster 2).
set -eu

case "${MEDUSA_RUN_MIGRATIONS:-false}" in
  true | TRUE | 1 | yes)
    migrate_args=${MEDUSA_MIGRATE_ARGS-"--execute-safe-links --execute-safe-search"}
    echo "backend-entrypoint: medusa db:migrate ${migrate_args}" >&2
    # shellcheck disable=SC2086 # word splitting of the flag list is intended
    medusa db:migrate ${migrate_args}
    ;;
esac

exec medusa start "$@"
