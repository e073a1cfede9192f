#!/usr/bin/env bash
# Runs one shard of a SpareSim experiment as a Slurm array task.
#   sbatch --array=1-N experiments/slurm-array.sh EXPERIMENT.json N
# then, once every task has finished:
#   dotnet run --project src/SpareSim.Cli -c Release -- merge results/NAME/shard-*-of-N --out results/NAME
# A task that is killed (time limit, preemption) resumes from its checkpoint when resubmitted.
#SBATCH --job-name=sparesim
#SBATCH --cpus-per-task=2
#SBATCH --time=02:00:00
set -euo pipefail
experiment=${1:?experiment file}
shards=${2:?number of shards}
task=${SLURM_ARRAY_TASK_ID:?run as a Slurm array task}
cd "${SLURM_SUBMIT_DIR:-.}"
dotnet run --project src/SpareSim.Cli -c Release -- run "$experiment" --shard "$task/$shards" --threads "${SLURM_CPUS_PER_TASK:-2}"
