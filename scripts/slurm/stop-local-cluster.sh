#!/usr/bin/env bash
# Stops the one-node cluster of start-local-cluster.sh: slurmd, slurmctld, munged, by their pid
# files, and removes the pid files (a stale /run/slurmctld.pid breaks removing the package).
set -euo pipefail
[[ $(id -u) == 0 ]] || { echo "stop-local-cluster: run as root" >&2; exit 2; }

stop() {
  local pidfile=$1 name=$2 pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then echo "stop-local-cluster: $name ($pid) still running after 10 s; killing it" >&2; kill -KILL "$pid" || true; fi
  fi
  rm -f "$pidfile"
  echo "stop-local-cluster: stopped $name"
}

stop /run/slurmd.pid slurmd
stop /run/slurmctld.pid slurmctld
stop /run/munge/munged.pid munged
