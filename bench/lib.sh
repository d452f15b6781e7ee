# Shared by the start-up benchmarks (sourced, not run).

# Waits (two minutes at most) until the app started as PID says in LOG that it saved its scan, which
# the next launch shows as its last scan, then stops it.
stop_when_saved() {
  local pid=$1 log=$2
  for _ in $(seq 1 1200); do
    grep -q "scan saved" "$log" && break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# The median of the numbers on standard input, one per line ("-" for none).
median() {
  sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
