#!/usr/bin/env bash
# Fails, with one message naming every gap, when a command, Python module or
# npm tool the test suite needs is missing, or when Node.js is older than
# tests/tools/package.json's "engines" allows. CTest runs it as the fixture
# tools/requirements, so a missing tool is one clear failure (the tests that
# need it are then "Not Run") instead of a cascade of puzzling ones.
# Usage: check_requirements.sh TESTS_TOOLS_DIR
set -uo pipefail
tools=$(realpath "$1")
missing=()
packages=()
while read -r command package _; do
  case "$command" in ''|'#'*) continue ;; esac
  if [[ $command == python3:* ]]; then
    python3 -c "import ${command#python3:}" 2>/dev/null && continue
  elif [[ $command == clang:fuzzer ]]; then
    # compiler-rt has no command of its own: link a harness that does nothing.
    echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
      clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o /dev/null 2>/dev/null && continue
  else
    command -v "$command" >/dev/null && continue
  fi
  missing+=("$command")
  packages+=("$package")
done <"$tools/requirements.txt"

# The npm tools (npm ci in tests/tools).
for module in vnu-jar axe-core playwright-core xliff; do
  [ -f "$tools/node_modules/$module/package.json" ] || { missing+=("npm:$module"); packages+=("(npm ci)"); }
done

# Node.js against the lowest version the npm tools accept.
if command -v node >/dev/null; then
  wanted=$(sed -n 's/.*"node": *">=\([0-9]*\).*/\1/p' "$tools/package.json")
  have=$(node -p 'process.versions.node.split(".")[0]')
  if [ -n "$wanted" ] && [ "$have" -lt "$wanted" ]; then
    missing+=("node>=$wanted (found $(node --version))")
    packages+=("nodejs")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "the test suite needs what this machine lacks:"
  for i in "${!missing[@]}"; do printf '  %-40s from %s\n' "${missing[$i]}" "${packages[$i]}"; done
  echo "run 'bash scripts/dev.sh test': it installs every package in tests/tools/requirements.txt and runs npm ci"
  exit 1
fi
echo "every tool the tests call is here (node $(node --version))"
