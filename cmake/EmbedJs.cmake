# llmos_embed_js(<target> NAMESPACE <ns> SCRIPTS <symbol> <file.js> [<symbol> <file.js> ...])
# Compiles each JavaScript file to QuickJS bytecode at build time with llmos-jsc and adds a
# generated .cpp defining `const llmos::engine::EmbeddedScript <ns>::<symbol>` to <target>.
function(llmos_embed_js target)
  cmake_parse_arguments(ARG "" "NAMESPACE" "SCRIPTS" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded_js.cpp)
  set(args)
  set(deps)
  list(LENGTH ARG_SCRIPTS n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET ARG_SCRIPTS ${i} symbol)
    list(GET ARG_SCRIPTS ${j} file)
    get_filename_component(abs ${file} ABSOLUTE)
    get_filename_component(base ${file} NAME)
    list(APPEND args ${symbol} ${abs} "llmos:${base}")
    list(APPEND deps ${abs})
  endforeach()
  add_custom_command(OUTPUT ${out}
    COMMAND llmos-jsc ${out} ${ARG_NAMESPACE} ${args}
    DEPENDS llmos-jsc ${deps}
    COMMENT "Compiling JavaScript to QuickJS bytecode for ${target}")
  target_sources(${target} PRIVATE ${out})
endfunction()
