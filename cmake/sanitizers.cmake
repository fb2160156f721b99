# Sanitizer and fuzzing builds (docs/fuzzing.md). Both are off by default and
# apply to every target of the build folder, the libraries' callers included,
# so the unit tests, the goldens and the end-to-end tests all run the
# instrumented charterc when the folder is configured with them.
#
#   -DCHARTERC_SANITIZE=address,undefined   any -fsanitize= list (gcc or clang)
#   -DCHARTERC_FUZZ=ON                      clang only: the libFuzzer harnesses
#                                           of fuzz/, and address,undefined
set(CHARTERC_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
option(CHARTERC_FUZZ "Build the libFuzzer harnesses in fuzz/ (clang; implies address,undefined)" OFF)

if(CHARTERC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHARTERC_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(NOT CHARTERC_SANITIZE)
    set(CHARTERC_SANITIZE address,undefined)
  endif()
  # Coverage feedback for libFuzzer in every object; only the harnesses link
  # libFuzzer's main (fuzz/CMakeLists.txt), so the tests keep their own.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(CHARTERC_SANITIZE)
  # An undefined-behaviour report stops the program (and fails its test)
  # instead of printing and going on; frame pointers keep the reports'
  # stacks whole.
  add_compile_options(-fsanitize=${CHARTERC_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${CHARTERC_SANITIZE})
endif()
