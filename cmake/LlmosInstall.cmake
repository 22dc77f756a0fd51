# `cmake --install`: the `llmos` binary (src/cli), the public headers (include/llmos), the static
# libraries, and a CMake package so that find_package(llmos) gives the target llmos::llmos.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Static libraries carry their dependencies to the program that links them: every layer is
# installed and exported, under short names (llmos::engine, ...).
set(LLMOS_EXPORTED_LIBS llmos_api llmos_executor llmos_kernel llmos_engine llmos_common quickjs llmos_warnings)
foreach(lib llmos_executor llmos_kernel llmos_engine llmos_common llmos_warnings)
  string(REPLACE "llmos_" "" short ${lib})
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${short})
endforeach()

if(LLMOS_SANITIZE)
  # Libraries built with ASan/UBSan need their runtimes in the program that links them.
  foreach(flag ${LLMOS_SANITIZER_FLAGS})
    target_link_options(llmos_api INTERFACE "$<INSTALL_INTERFACE:${flag}>")
  endforeach()
endif()

install(TARGETS ${LLMOS_EXPORTED_LIBS} EXPORT llmosTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/include/llmos ${CMAKE_BINARY_DIR}/include/llmos
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.hpp")

set(LLMOS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/llmos)
install(EXPORT llmosTargets NAMESPACE llmos:: DESTINATION ${LLMOS_CMAKE_DIR})
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/llmosConfig.cmake.in
  ${CMAKE_BINARY_DIR}/llmosConfig.cmake INSTALL_DESTINATION ${LLMOS_CMAKE_DIR})
# 0.x: a minor release may change the API.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/llmosConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/llmosConfig.cmake ${CMAKE_BINARY_DIR}/llmosConfigVersion.cmake
  DESTINATION ${LLMOS_CMAKE_DIR})
