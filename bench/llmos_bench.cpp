// llmos-bench [--json] [--filter REGEX]: the in-process workloads of CONTRACT §8, each timed
// end to end through the executor (a fresh isolated sandbox per artifact, the full result JSON
// built). A small harness rather than Google Benchmark, because the contract fixes the output
// (median, p95, n per workload) and bench.sh compares it with peers measured the same way.
#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <filesystem>
#include <regex>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "executor/context_pool.hpp"
#include "executor/executor.hpp"

namespace {

struct Workload {
  const char* name;
  const char* code;
  const char* expected_output;  // the result's "output", checked before timing
  int warmup;
  int iterations;
  bool uses_storage = false;  // runs with a data dir (a private temporary one, removed at exit)
  // Each timed iteration starts when the context pool has a sandbox ready (the wait is not
  // timed): the latency of one artifact in a warm long-lived process, as the server sees it
  // between bursts. The `_sustained` twin runs back to back and includes building.
  bool warm_pool = false;
  // Runs in the sandboxed CPython worker (started by the warm-up; with warm_pool, each timed
  // iteration starts when the worker has a prepared sandbox).
  bool python = false;
  // JavaScript in a sandboxed worker process (Isolation::kProcess, llmos serve's default); with
  // warm_pool, each timed iteration starts when a worker is idle.
  bool process = false;
};

constexpr Workload kWorkloads[] = {
    {"artifact_2plus2", "2+2", "4", 300, 5000, false, true},
    {"artifact_2plus2_sustained", "2+2", "4", 300, 3000},
    // The same in a worker process: what process isolation costs per execution (the request
    // and result cross a socket; the worker builds its next runtime after answering).
    {"artifact_2plus2_process", "2+2", "4", 300, 3000, false, true, false, true},
    {"fib27", "function fib(n){return n<2?n:fib(n-1)+fib(n-2)} fib(27)", "196418", 2, 30},
    {"json100k",
     "const a=[]; for(let i=0;i<100000;i++) a.push({id:i,name:'item'+i,tags:['x','y'],v:i*0.5}); "
     "JSON.stringify(a).length",
     nullptr, 1, 15},
    // A 20-qubit GHZ state, 200 single-qubit rotations, and the 2^20 probabilities as an array.
    {"ghz20",
     "const n=20; const c=LLMOS.quantum.createCircuit(n); c.h(0); for(let q=1;q<n;q++) c.cx(q-1,q); "
     "for(let i=0;i<200;i++){const q=i%n, t=0.01*(i+1); if(i%3===0) c.rx(q,t); else if(i%3===1) c.ry(q,t); else c.rz(q,t);} "
     "c.probabilities().length",
     "1048576", 2, 15},
    // 500 awaited writes then 500 reads of LLMOS.storage (SQLite, WAL, synchronous=FULL): 1000
    // round trips from inside one artifact. RESULTS.md turns the median into round trips/s.
    {"storage_1000",
     "for (let i = 0; i < 500; i++) await LLMOS.storage.set('k' + i, { i, tag: 'v' + i }); "
     "let sum = 0; for (let i = 0; i < 500; i++) sum += (await LLMOS.storage.get('k' + i)).i; sum",
     "124750", 2, 15, true},
    // The same from a worker process: every call crosses the socket to the host's store.
    {"storage_1000_process",
     "for (let i = 0; i < 500; i++) await LLMOS.storage.set('k' + i, { i, tag: 'v' + i }); "
     "let sum = 0; for (let i = 0; i < 500; i++) sum += (await LLMOS.storage.get('k' + i)).i; sum",
     "124750", 2, 15, true, false, false, true},
    // `2+2` in a fresh sandboxed Python process (a child of the warm zygote), full result built.
    {"python_2plus2", "2+2", "4", 20, 300, false, true, true},
    {"python_2plus2_sustained", "2+2", "4", 20, 200, false, false, true},
};

std::string g_data_dir;  // set in main when a storage workload is selected

double run_once(const Workload& w, std::string* json_out) {
  llmos::executor::ExecOptions opt;
  opt.limits.timeout_ms = 60000;
  if (w.uses_storage) opt.data_dir = g_data_dir;
  if (w.process) opt.isolation = llmos::executor::Isolation::kProcess;
  const auto t0 = std::chrono::steady_clock::now();
  const auto ex = w.python ? llmos::executor::execute_python_code(w.code, opt)
                           : llmos::executor::execute_javascript(w.code, opt);
  std::string json = ex.result.to_json();
  const auto t1 = std::chrono::steady_clock::now();
  if (json_out) *json_out = std::move(json);
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

std::size_t resident_bytes() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<std::size_t>(resident) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}

// What one idle pooled sandbox costs: kContexts of them built as the pool builds them and held
// at once, counted by the engine's allocator and as the process's resident memory grows.
struct IdleMemory {
  static constexpr std::size_t kContexts = 200;
  double heap_bytes = 0;  // mean per sandbox, the allocator's count
  double rss_bytes = 0;   // resident-set growth per sandbox
};

IdleMemory measure_idle_memory() {
  const auto stdlib = llmos::executor::context_pool()->stdlib();
  std::vector<std::unique_ptr<llmos::executor::PreparedSandbox>> held;
  held.reserve(IdleMemory::kContexts);
  // One built and dropped first, so that lazily made process-wide state is not counted.
  { llmos::executor::PreparedSandbox warm(stdlib); }
  const std::size_t rss0 = resident_bytes();
  std::size_t heap = 0;
  for (std::size_t i = 0; i < IdleMemory::kContexts; ++i) {
    held.push_back(std::make_unique<llmos::executor::PreparedSandbox>(stdlib));
    heap += held.back()->heap_bytes();
  }
  const std::size_t rss1 = resident_bytes();
  IdleMemory m;
  m.heap_bytes = static_cast<double>(heap) / IdleMemory::kContexts;
  m.rss_bytes = rss1 > rss0 ? static_cast<double>(rss1 - rss0) / IdleMemory::kContexts : 0;
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  std::string filter = ".*";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0) json = true;
    else if (std::strcmp(argv[i], "--filter") == 0 && i + 1 < argc) filter = argv[++i];
    else if (std::strcmp(argv[i], "--help") == 0) {
      std::puts("usage: llmos-bench [--json] [--filter REGEX]");
      return 0;
    } else {
      std::fprintf(stderr, "llmos-bench: unknown argument: %s\n", argv[i]);
      return 2;
    }
  }
  std::regex re;
  try {
    re = std::regex(filter);
  } catch (const std::regex_error&) {
    std::fprintf(stderr, "llmos-bench: invalid --filter regex: %s\n", filter.c_str());
    return 2;
  }

  // A private data dir for the storage workloads, so that runs never meet a user's data.
  struct TempDir {
    std::filesystem::path path;
    ~TempDir() {
      std::error_code ec;
      if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
  } data_dir;
  data_dir.path = std::filesystem::temp_directory_path() / ("llmos-bench-" + std::to_string(::getpid()));
  g_data_dir = data_dir.path.string();

  // A long-lived process: sandboxes are built ahead of use and destroyed off the timed path.
  llmos::executor::enable_context_pool();

  std::string out = "{\"workloads\":{";
  bool first = true;
  for (const Workload& w : kWorkloads) {
    if (!std::regex_search(w.name, re)) continue;
    std::string result;
    if (w.process) llmos::executor::enable_js_workers({.workers = 1});
    run_once(w, &result);
    const std::string want = w.expected_output ? std::string("\"output\":") + w.expected_output + "," : "\"success\":true";
    if (result.find(want) == std::string::npos || result.find("\"success\":true") == std::string::npos) {
      std::fprintf(stderr, "llmos-bench: %s gave an unexpected result: %s\n", w.name, result.c_str());
      return 1;
    }
    auto* pool = llmos::executor::context_pool();
    for (int i = 0; i < w.warmup; ++i) run_once(w, nullptr);
    std::vector<double> t;
    t.reserve(static_cast<std::size_t>(w.iterations));
    for (int i = 0; i < w.iterations; ++i) {
      if (w.warm_pool && w.python) llmos::executor::wait_python_ready(std::chrono::seconds(5));
      else if (w.warm_pool && w.process) llmos::executor::wait_js_workers_idle(1, std::chrono::seconds(5));
      else if (w.warm_pool) pool->wait_ready(1, std::chrono::seconds(5));
      t.push_back(run_once(w, nullptr));
    }
    std::sort(t.begin(), t.end());
    const double median = t.size() % 2 ? t[t.size() / 2] : (t[t.size() / 2 - 1] + t[t.size() / 2]) / 2;
    const double p95 = t[std::min(t.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * t.size())) - 1)];
    char buf[256];
    if (json) {
      std::snprintf(buf, sizeof buf, "%s\"%s\":{\"median_ms\":%.6f,\"p95_ms\":%.6f,\"n\":%zu,\"samples_ms\":[",
                    first ? "" : ",", w.name, median, p95, t.size());
      out += buf;
      // Every timed iteration, sorted: bench/report.py draws their distribution.
      for (std::size_t i = 0; i < t.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%s%.6g", i ? "," : "", t[i]);
        out += buf;
      }
      out += "]}";
    } else {
      std::printf("%-16s median %10.4f ms   p95 %10.4f ms   n=%zu\n", w.name, median, p95, t.size());
    }
    first = false;
  }
  out += "}";
  if (std::regex_search("idle_context_memory", re)) {
    const IdleMemory m = measure_idle_memory();
    char buf[256];
    if (json) {
      std::snprintf(buf, sizeof buf, ",\"memory\":{\"idle_context_heap_bytes\":%.0f,\"idle_context_rss_bytes\":%.0f,"
                    "\"contexts\":%zu}", m.heap_bytes, m.rss_bytes, IdleMemory::kContexts);
      out += buf;
    } else {
      std::printf("idle_context_memory  heap %.1f KB   rss %.1f KB per sandbox   (%zu held)\n", m.heap_bytes / 1024,
                  m.rss_bytes / 1024, IdleMemory::kContexts);
    }
  }
  out += "}";
  if (json) std::puts(out.c_str());
  return 0;
}
