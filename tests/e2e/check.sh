# Shared by the scenario scripts: `check NAME CONDITION...` counts a
# passed or failed condition; `finish` prints the tally and sets the exit
# status. Source it after setting up the work folder.
passed=0
failed=0

check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
}
