# The C libraries from Debian that the kernel links: cairo (canvas, plots), SQLite (storage),
# gumbo (HTML parsing), libseccomp (the worker's syscall filter). They are defined once here,
# under the names their own CMake/pkg-config modules give them, so that the exported targets
# (cmake/LlmosInstall.cmake) still name them the usual way and a consumer resolves them itself.
#
# By default the programs link them statically (their .a files come with the -dev packages).
# Why: a cold `llmos run` of `2+2` spent most of its ~9 ms of CPU in the dynamic loader, mapping
# and relocating 26 shared libraries, 17 of them cairo's (pixman, fontconfig, freetype, X11, xcb,
# ...), for a run that never draws. The archives contribute only the objects the program uses.
option(LLMOS_STATIC_DEPS "Link cairo, SQLite, gumbo and libseccomp statically" ON)

find_package(PkgConfig REQUIRED)

# A pkg-config package set as an imported target that links the static archives, falling back
# to the shared library for any name without an archive (libm, libpthread: part of libc).
function(llmos_static_pkg_target target prefix)
  pkg_check_modules(${prefix} REQUIRED ${ARGN})
  set(libs)
  foreach(name IN LISTS ${prefix}_STATIC_LIBRARIES)
    find_library(LLMOS_ARCHIVE_${name} NAMES lib${name}.a HINTS ${${prefix}_STATIC_LIBRARY_DIRS})
    if(LLMOS_ARCHIVE_${name} AND NOT name MATCHES "^(m|pthread|dl|rt)$")
      list(APPEND libs ${LLMOS_ARCHIVE_${name}})
    else()
      list(APPEND libs ${name})
    endif()
  endforeach()
  # pkg-config lists each package before the ones it needs, repeating shared ones; keeping the
  # last of each repeat keeps that order, which a static link needs.
  list(REVERSE libs)
  list(REMOVE_DUPLICATES libs)
  list(REVERSE libs)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${${prefix}_STATIC_INCLUDE_DIRS}"
    INTERFACE_COMPILE_OPTIONS "${${prefix}_STATIC_CFLAGS_OTHER}"
    INTERFACE_LINK_LIBRARIES "${libs};Threads::Threads")
endfunction()

find_package(Threads REQUIRED)
if(LLMOS_STATIC_DEPS)
  llmos_static_pkg_target(PkgConfig::CAIRO CAIRO cairo cairo-png cairo-svg cairo-ft)
  llmos_static_pkg_target(PkgConfig::GUMBO GUMBO gumbo)
  llmos_static_pkg_target(SQLite::SQLite3 SQLITE sqlite3)
  llmos_static_pkg_target(seccomp SECCOMP libseccomp)
else()
  pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET GLOBAL cairo cairo-png cairo-svg cairo-ft)
  pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET GLOBAL gumbo)
  find_package(SQLite3 REQUIRED)  # SQLite::SQLite3; libseccomp by its plain name, `seccomp`
endif()
