#!/usr/bin/env bash
# Start-up, sign-in and board benchmark of the real desk window (issue 2's figures in README).
# Starts the desk with -Dcrisisdesk.startupProbe=true, waits for its first screen, signs in as the
# preselected demo operator (PIN 246810) and waits until the board shows its open cases, then types
# one letter into the board's search field and deletes it again, FILTER_PAIRS times (default 6).
# Prints the probe's marks (ms since JVM start, process CPU ms, resident kB): "board" and
# "filtered N" are printed once the frame that shows them has been drawn (N = open cases shown),
# "laid-out ..." once the FX thread has laid it out; then, per keystroke, N: laid out/drawn ms.
# Needs X (run under xvfb-run) and xdotool. Usage:
#   xvfb-run -a -s "-screen 0 1600x1000x24" src/bench/sh/desk-probe.sh DATA_DIR [RUNS] -- LAUNCHER...
# LAUNCHER: e.g.  target/dist/CrisisDesk/bin/CrisisDesk   or   java -XX:+UseSerialGC -jar target/crisis-desk.jar
# The data folder needs the demo operators: `... --data-dir DIR demo`, then BoardBenchmark --dir DIR for 50,000 cases.
set -euo pipefail
dir=$1; shift
runs=3
if [[ "${1:-}" != "--" ]]; then runs=$1; shift; fi
[[ "${1:-}" == "--" ]] && shift
out=$(mktemp)
for ((r = 1; r <= runs; r++)); do
  JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Dcrisisdesk.startupProbe=true" "$@" --data-dir "$dir" >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -q "probe first-screen" "$out" && break; sleep 0.1; done
  sleep "${PIN_DELAY:-3}" # a person reads the screen; the PIN hash warms up meanwhile
  xdotool type --delay 20 246810
  xdotool key Return
  for _ in $(seq 1 600); do grep -q "probe board" "$out" && break; sleep 0.1; done
  # the text filter: one letter that matches no case (the columns empty), then Backspace (all back);
  # FILTER_PAIRS times, so the later keystrokes show the warmed-up figure
  sleep 1
  xdotool key ctrl+f
  for ((k = 1; k <= ${FILTER_PAIRS:-6}; k++)); do
    xdotool type x
    for _ in $(seq 1 100); do [[ $(grep -c "probe filtered" "$out") -ge $((2 * k - 1)) ]] && break; sleep 0.1; done
    sleep 0.5
    xdotool key BackSpace
    for _ in $(seq 1 100); do [[ $(grep -c "probe filtered" "$out") -ge $((2 * k)) ]] && break; sleep 0.1; done
    sleep 0.5
  done
  echo "run $r: $(grep -o 'startup-probe .*' "$out" | grep -v 'filter' | sed 's/startup-probe //' | tr '\n' ' ')"
  # per keystroke: cases shown, ms from the keystroke to the end of its layout pass / to its frame drawn
  echo "  filter keystrokes (shown: laid out/drawn ms): $(grep -o 'startup-probe .*' "$out" | awk '
    / filter-typed / { split($3, a, "="); t = a[2] }
    / laid-out filtered / { split($5, a, "="); lay = a[2] - t }
    / filtered [0-9]+ ms=/ && !/laid-out/ { split($4, a, "="); printf "%s: %d/%d  ", $3, lay, a[2] - t }')"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
rm -f "$out"
