#!/usr/bin/env bash
# One shard of a SpareSim experiment or study, as one task of a Slurm job array.
#   sbatch --array=1-N experiments/slurm-array.sh EXPERIMENT.json N [OUT] [--Key=Value ...]
# Task i runs `sparesim run EXPERIMENT --shard i/N`: an experiment into OUT/shard-i-of-N, a study
# into OUT/simulation/shard-i-of-N (OUT defaults to runs/<file name without .json>, git-ignored). Submit
# with experiments/slurm-submit.sh to get the merge as a dependent job. A task that is killed
# (time limit, preemption) resumes from its checkpoint when resubmitted.
# Environment: SPARESIM, the command to run (see slurm-common.sh).
#SBATCH --job-name=sparesim
#SBATCH --cpus-per-task=2
#SBATCH --time=02:00:00
set -euo pipefail
task=${SLURM_ARRAY_TASK_ID:?run as a Slurm array task}
cd "${SLURM_SUBMIT_DIR:-.}"
source experiments/slurm-common.sh
# A study puts its shard under OUT/simulation/ itself; an experiment's shard gets its own folder.
if ((is_study)); then target=$out; else target=$out/shard-$task-of-$shards; fi
echo "task $task of $shards on $(hostname -s): $experiment -> $target"
$SPARESIM run "$experiment" --shard "$task/$shards" --out "$target" --threads "${SLURM_CPUS_PER_TASK:-1}" "${overrides[@]}"
