#pragma once
// llmos: run untrusted, LLM-generated JavaScript in a native sandbox, from C++.
//
//   llmos::Kernel kernel;
//   kernel.boot();                                  // the six stages; kernel.status()
//   llmos::Runtime rt(kernel);
//   rt.initialize();
//   rt.inject_function("add", [](const std::string& args) { ... return "5"; });
//   llmos::ExecutionResult r = rt.execute("add(2, 3) * 2");
//   r.success, r.output_json == "10", r.to_json()
//
// Link with find_package(llmos) and target llmos::llmos. Only these headers are public: no
// engine type appears in them.
#include "llmos/kernel.hpp"
#include "llmos/result.hpp"
#include "llmos/runtime.hpp"
#include "llmos/version.hpp"
