# QuickJS 2025-04-26 from Debian's source package, unpacked by scripts/fetch-quickjs.sh.
# quickjs-libc.c is deliberately not compiled: it provides the std/os modules artifacts must not reach.
set(QUICKJS_DIR ${CMAKE_SOURCE_DIR}/third_party/quickjs CACHE PATH "Unpacked QuickJS release")
if(NOT EXISTS ${QUICKJS_DIR}/quickjs.c)
  message(FATAL_ERROR "QuickJS sources not found in ${QUICKJS_DIR}: run ./scripts/setup.sh (or scripts/fetch-quickjs.sh)")
endif()

add_library(quickjs STATIC
  ${QUICKJS_DIR}/quickjs.c ${QUICKJS_DIR}/libregexp.c ${QUICKJS_DIR}/libunicode.c
  ${QUICKJS_DIR}/cutils.c ${QUICKJS_DIR}/dtoa.c)
target_include_directories(quickjs SYSTEM PUBLIC $<BUILD_INTERFACE:${QUICKJS_DIR}>)
target_compile_definitions(quickjs PRIVATE CONFIG_VERSION="2025-04-26" _GNU_SOURCE)
target_compile_options(quickjs PRIVATE -fwrapv -w)
# The interpreter dispatches with computed gotos; GCC's manual advises -fno-gcse for such code,
# and it made fib27 about 4% faster here (bench/RESULTS.md).
set_source_files_properties(${QUICKJS_DIR}/quickjs.c PROPERTIES COMPILE_OPTIONS -fno-gcse)
if(LLMOS_SANITIZE)
  # Keep QuickJS's own assertions (JS_FreeRuntime asserts that no value leaked) in the checked tree.
  target_compile_options(quickjs PRIVATE -UNDEBUG)
  # QuickJS's clz helpers are called with 0 on purpose in BigInt code paths where the result is
  # unused; UBSan's builtin check would stop every such run. The rest of UBSan and ASan stay on.
  target_compile_options(quickjs PRIVATE -fno-sanitize=builtin)
endif()
set_target_properties(quickjs PROPERTIES POSITION_INDEPENDENT_CODE ON)
# -fPIC alone lets the compiler assume any global function may be replaced at load time, so it
# does not inline or clone QuickJS's many non-static helpers. Nothing interposes them (the library
# is linked statically), and saying so made fib27 and json100k about 10% faster (llmos-bench runs
# alternating with and without it: fib27 17.5-18.3 -> 15.9 ms, json100k 236 -> 218 ms).
target_compile_options(quickjs PRIVATE -fno-semantic-interposition)
target_link_libraries(quickjs PUBLIC m pthread)
