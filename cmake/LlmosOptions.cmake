option(LLMOS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LLMOS_WERROR "Treat warnings as errors" OFF)
option(LLMOS_BUILD_TESTS "Build the test suite" ON)

# Warnings for llmos's own targets (not for QuickJS, which is built with its upstream flags).
add_library(llmos_warnings INTERFACE)
target_compile_options(llmos_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wno-missing-field-initializers
  $<$<BOOL:${LLMOS_WERROR}>:-Werror>)

if(LLMOS_SANITIZE)
  set(LLMOS_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${LLMOS_SANITIZER_FLAGS})
  # GCC 12 reports false -Wmaybe-uninitialized inside libstdc++ (std::regex, std::function)
  # when instrumented; the uninstrumented build keeps the warning.
  target_compile_options(llmos_warnings INTERFACE -Wno-maybe-uninitialized)
  add_link_options(${LLMOS_SANITIZER_FLAGS})
endif()

# Relative relocations packed (DT_RELR, binutils >= 2.38 and glibc >= 2.36): the position-
# independent executables keep their address randomisation, and the loader reads their ~12k
# relative relocations from a 3 KB table instead of a 290 KB one (`llmos` is 286 KB smaller).
# A cold `llmos run 2+2` saves a few page faults; its time moved within the machine's noise
# (perf stat -r 60-100, runs alternating with and without). -no-pie saved 0.3-0.5 ms more, but
# gives up randomising the address of the code that runs untrusted artifacts.
include(CheckLinkerFlag)
check_linker_flag(CXX "LINKER:-z,pack-relative-relocs" LLMOS_HAVE_PACK_RELATIVE_RELOCS)
if(LLMOS_HAVE_PACK_RELATIVE_RELOCS)
  add_link_options(LINKER:-z,pack-relative-relocs)
endif()
