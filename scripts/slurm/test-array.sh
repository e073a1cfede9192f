#!/usr/bin/env bash
# End-to-end check of the Slurm scripts (run by .ci/run after the tests; needs root and the built
# Release CLI): brings up the local one-node cluster, then
#  1. runs a reduced experiments/quickstart.json as a 3-task job array plus the dependent merge
#     job, and checks every merged file is byte-identical to an unsharded run of the same command;
#  2. does the same with a reduced dual-sourcing-validation study (shards of its simulation, merge,
#     the study run again on the merged replications) against the unsharded study.
# Byte identity is the right check for the runner's files: they carry no timestamp, path or
# command line (their provenance is engine version, git commit, configuration hash and seed).
# Fails (exit 1) on any difference or if the jobs do not finish within SLURM_TEST_TIMEOUT seconds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
timeout_s=${SLURM_TEST_TIMEOUT:-600}
dll=$repo/src/SpareSim.Cli/bin/Release/net10.0/sparesim.dll
[[ -f $dll ]] || { echo "slurm test: build the CLI first (dotnet build SpareSim.sln -c Release)" >&2; exit 1; }
export SPARESIM="dotnet $dll"
start=$(date +%s.%N)

scripts/slurm/start-local-cluster.sh
work=$(mktemp -d /tmp/sparesim-slurm-test.XXXXXX)
# Kept when the check fails, for a look at the files and logs.
trap 'rc=$?; if ((rc == 0)); then rm -rf "$work"; else echo "slurm test: files kept in $work" >&2; fi' EXIT
export SPARESIM_SLURM_LOGS=$work/logs
# The array scripts ask for 2 CPUs per task; one lets the 2-CPU test machine run two tasks at once.
export SBATCH_OPTIONS="--cpus-per-task=1 --time=00:10:00"

# Waits until job $1 has left the queue and checks it completed.
wait_job() {
  local job=$1 deadline state
  deadline=$(($(date +%s) + timeout_s))
  while :; do
    state=$(scontrol show job "$job" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n1)
    case $state in
      COMPLETED) return 0 ;;
      FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|BOOT_FAIL|DEADLINE|PREEMPTED)
        echo "slurm test: job $job ended $state; logs:" >&2; tail -n 20 "$SPARESIM_SLURM_LOGS"/* >&2; return 1 ;;
    esac
    if (($(date +%s) > deadline)); then
      echo "slurm test: job $job not done after $timeout_s s (state ${state:-unknown})" >&2
      squeue >&2 || true
      scancel "$job" 2>/dev/null || true
      return 1
    fi
    sleep 1
  done
}

# Prints $1 followed by the seconds since $2.
seconds() { awk -v m="$1" -v s="$2" -v e="$(date +%s.%N)" 'BEGIN { printf "%s %.1f s\n", m, e - s }'; }

# Compares the given files of folders $1 and $2 byte for byte.
same_files() {
  local a=$1 b=$2 f failed=0
  shift 2
  for f in "$@"; do
    if [[ ! -f $a/$f || ! -f $b/$f ]]; then echo "slurm test: $f missing in $a or $b" >&2; failed=1
    elif ! cmp -s "$a/$f" "$b/$f"; then echo "slurm test: $f differs between $a and $b" >&2; failed=1
    else echo "  identical: $f ($(stat -c %s "$a/$f") bytes)"; fi
  done
  return $failed
}

# 1. An experiment: 4 scenarios x 6 replications, 3 shards.
quick=(--Replications=6 --RunLength=2000 --WarmUp=100)
t0=$(date +%s.%N)
merge_job=$(experiments/slurm-submit.sh experiments/quickstart.json 3 "$work/array" "${quick[@]}")
$SPARESIM run experiments/quickstart.json --out "$work/whole" --threads 1 "${quick[@]}" >"$work/whole.log" 2>&1 || { cat "$work/whole.log" >&2; exit 1; }
wait_job "$merge_job"
seconds "quickstart: 3-task array + merge vs unsharded run; array submitted to merge done in" "$t0"
same_files "$work/whole" "$work/array" replications.parquet summary.parquet comparisons.parquet report.md \
  $(cd "$work/whole" && ls -- *.png)

# 2. A study: 2 Table 2 instances x 4 replications, 3 shards of its simulation.
study=(--instances=2 --replications=4 --runLength=2000 --warmUp=100)
t0=$(date +%s.%N)
merge_job=$(experiments/slurm-submit.sh experiments/dual-sourcing-validation.json 3 "$work/study-array" "${study[@]}")
$SPARESIM run experiments/dual-sourcing-validation.json --out "$work/study-whole" --threads 1 "${study[@]}" >"$work/study-whole.log" 2>&1 || { cat "$work/study-whole.log" >&2; exit 1; }
wait_job "$merge_job"
seconds "dual-sourcing-validation: 3-task array + merge + analysis vs unsharded study; submitted to done in" "$t0"
same_files "$work/study-whole" "$work/study-array" simulation/replications.parquet simulation/summary.parquet \
  simulation/report.md $(cd "$work/study-whole" && ls -- *.png)
# The study's own files record its options (output folder included) and its wall-clock time, so
# its summary is compared by data (every column, bit for bit) and its report without that line.
$SPARESIM compare "$work/study-whole/summary.parquet" "$work/study-array/summary.parquet"
if ! diff <(grep -v '^Command: ' "$work/study-whole/report.md") <(grep -v '^Command: ' "$work/study-array/report.md") >&2; then
  echo "slurm test: the study reports differ beyond their command line" >&2; exit 1
fi
echo "  identical: report.md but its 'Command: ... wall clock' line"

seconds "slurm test: passed in" "$start"
