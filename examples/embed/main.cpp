// embed [DATA_DIR]: boots the llmos kernel, gives artifacts one C++ function and one global,
// runs an artifact that uses them, and prints the result as JSON.
#include <llmos/llmos.hpp>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace {

// celsiusToFahrenheit(c): the arguments arrive as a JSON array ("[21.5]"); the return value
// leaves as JSON text. What it throws is an Error inside the artifact.
std::string celsius_to_fahrenheit(const std::string& args_json) {
  const char* begin = args_json.c_str() + 1;  // past '['
  char* end = nullptr;
  const double c = std::strtod(begin, &end);
  if (end == begin || *end != ']') throw std::invalid_argument("celsiusToFahrenheit expects one number");
  return std::to_string(c * 9 / 5 + 32);
}

constexpr const char* kArtifact = R"(
const readings = [18.5, 21, 23.25];
const fahrenheit = readings.map((c) => celsiusToFahrenheit(c));
let refused = null;
try {
  celsiusToFahrenheit('warm');
} catch (e) {
  refused = e.message;
}
console.log(`${station.name}: ${fahrenheit.length} readings converted`);
({ station: station.name, fahrenheit, mean: LLMOS.utils.round(LLMOS.utils.mean(fahrenheit), 2), refused })
)";

}  // namespace

int main(int argc, char** argv) {
  try {
    llmos::Kernel kernel;
    llmos::BootConfig config;
    if (argc > 1) config.data_dir = argv[1];
    const llmos::KernelStatus status = kernel.boot(config);
    std::printf("llmos %s, kernel %s in %.2f ms\n", llmos::kVersion, status.status.c_str(),
                status.boot_duration_ms);

    llmos::Runtime runtime(kernel);
    runtime.initialize();
    runtime.inject_function("celsiusToFahrenheit", celsius_to_fahrenheit);
    runtime.inject_global("station", R"({"name": "Zurich", "altitude": 408})");

    llmos::ExecutionOptions options;
    options.artifact_id = "weather";
    options.timeout_ms = 2000;
    const llmos::ExecutionResult result = runtime.execute(kArtifact, options);
    std::printf("%s\n", result.to_json().c_str());
    std::printf("executions: %llu\n", static_cast<unsigned long long>(runtime.state().executions));
    return result.success ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "embed: %s\n", e.what());
    return 3;
  }
}
