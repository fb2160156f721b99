# Runs PROGRAM with ARGS (separated by spaces) and writes its standard output to OUTPUT;
# fails the build when the program fails. Used to generate the man page and
# the shell completions from the built charterc.
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${args} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE failed)
if(failed)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${failed}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
