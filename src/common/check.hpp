#pragma once
// LLMOS_CHECK: an invariant of llmos itself. A failed check is a bug in llmos, never a
// reaction to bad input (bad input gets an error result), so it aborts loudly.
#include <cstdio>
#include <cstdlib>

#define LLMOS_CHECK(cond)                                                              \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      std::fprintf(stderr, "llmos: internal check failed: %s (%s:%d)\n", #cond, __FILE__, \
                   __LINE__);                                                          \
      std::abort();                                                                    \
    }                                                                                  \
  } while (0)
