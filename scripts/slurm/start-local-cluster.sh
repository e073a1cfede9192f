#!/usr/bin/env bash
# Brings up a one-node Slurm cluster on this Debian machine (as root), for trying and testing the
# job-array scripts in experiments/: installs Debian's slurmctld, slurmd, slurm-client and munge if
# they are missing, writes /etc/slurm/slurm.conf for this host, and starts munged, slurmctld and
# slurmd by hand (there is no systemd here). Stop it with scripts/slurm/stop-local-cluster.sh.
#   scripts/slurm/start-local-cluster.sh        # idempotent: a running cluster is left as it is
# Environment: SLURM_LOCAL_MEM_PER_CPU (MB per CPU a task gets by default, default 1024).
set -euo pipefail
[[ $(id -u) == 0 ]] || { echo "start-local-cluster: run as root (it installs packages and starts daemons)" >&2; exit 2; }

conf=/etc/slurm/slurm.conf
marker="# written by sparesim scripts/slurm/start-local-cluster.sh"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  echo "start-local-cluster: installing slurmctld slurmd slurm-client munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

# A slurm.conf of someone else's (a real cluster node) is never overwritten.
if [[ -f $conf ]] && ! grep -qF "$marker" "$conf"; then
  echo "start-local-cluster: $conf exists and was not written by this script; not touching it" >&2
  exit 2
fi

host=$(hostname -s)
cpus=$(nproc)
mem_mb=$(awk '/MemTotal/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
mem_per_cpu=${SLURM_LOCAL_MEM_PER_CPU:-1024}
mkdir -p /etc/slurm /var/lib/slurm/slurmctld /var/lib/slurm/slurmd /var/log/slurm
# Why each setting: no systemd/cgroups here, so process tracking by /proc and no task binding;
# cons_tres with CR_Core_Memory needs DefMemPerCPU, or every task takes the whole node's memory and
# an array runs one task at a time; the scheduler parameters start pending tasks in ~2 s rounds
# instead of waiting for the default scheduling interval; there is no accounting database.
cat >"$conf" <<EOF
$marker
ClusterName=sparesim-local
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=$mem_per_cpu
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0,sched_min_interval=100000
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
MinJobAge=300
NodeName=$host CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

running() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# munged runs as the munge user; it needs its key (created by the package) and its socket folder.
if ! running /run/munge/munged.pid; then
  install -d -o munge -g munge -m 0755 /run/munge
  [[ -f /etc/munge/munge.key ]] || { mungekey --create >/dev/null 2>&1 || /usr/sbin/create-munge-key -f >/dev/null; chown munge:munge /etc/munge/munge.key; }
  runuser -u munge -- /usr/sbin/munged
fi
# -c: a clean start, no job state of an earlier cluster.
running /run/slurmctld.pid || slurmctld -c
running /run/slurmd.pid || slurmd

# Ready when the node takes jobs (idle or already running some).
for _ in $(seq 1 60); do
  state=$(sinfo -h -n "$host" -o %T 2>/dev/null | head -n1 || true)
  case $state in
    idle|mixed|allocated|completing) echo "start-local-cluster: node $host $state, $cpus CPUs, ${mem_mb} MB ($mem_per_cpu MB per CPU by default)"; exit 0 ;;
    down*|drain*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 0.5
done
echo "start-local-cluster: node $host not ready after 30 s (state '${state:-none}'); see /var/log/slurm/*.log" >&2
exit 1
