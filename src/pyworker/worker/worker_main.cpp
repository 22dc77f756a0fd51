// llmos-pyworker: CPython embedded, with the _llmos_native module the driver (driver.py) uses:
// frames on fd 3 and the sandbox a child enters before it runs an artifact.
//
//   llmos-pyworker SCRATCH_BASE SANDBOX(required|off) POOL_SIZE
//
// Started by the host (pyworker/host) with a scrubbed environment, stdin/stdout on /dev/null and
// fd 3 a socket to the host. Not meant to be run by hand.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "isolation/frame.hpp"
#include "isolation/rlimits.hpp"
#include "isolation/sandbox.hpp"
#include "pyworker/worker/driver_py.hpp"

namespace {

namespace iso = llmos::isolation;
constexpr int kChannelFd = 3;
// Room above the memory limit for the result's own conversion (JSON, PNG, base64).
constexpr std::uint64_t kResultSlackBytes = std::uint64_t{32} << 20;
std::uint64_t g_idle_address_space = 0;  // set by enter_sandbox, read by set_run_limits
int g_statm_fd = -1;                      // /proc/self/statm, opened by enter_sandbox

PyObject* py_read_frame(PyObject*, PyObject*) {
  std::optional<std::string> frame;
  Py_BEGIN_ALLOW_THREADS frame = iso::read_frame(kChannelFd);
  Py_END_ALLOW_THREADS if (!frame) Py_RETURN_NONE;
  return PyBytes_FromStringAndSize(frame->data(), static_cast<Py_ssize_t>(frame->size()));
}

PyObject* py_write_frame(PyObject*, PyObject* arg) {
  char* data = nullptr;
  Py_ssize_t len = 0;
  if (PyBytes_AsStringAndSize(arg, &data, &len) != 0) return nullptr;
  bool ok;
  const std::string_view payload(data, static_cast<std::size_t>(len));
  Py_BEGIN_ALLOW_THREADS ok = iso::write_frame(kChannelFd, payload);
  Py_END_ALLOW_THREADS if (!ok) return PyErr_Format(PyExc_BrokenPipeError, "the host closed the channel");
  Py_RETURN_NONE;
}

// enter_sandbox(scratch, read_paths, required) -> description. Everything but the per-run
// limits, which set_run_limits applies once the run is known.
PyObject* py_enter_sandbox(PyObject*, PyObject* args) {
  const char* scratch = nullptr;
  PyObject* paths = nullptr;
  int required = 1;
  if (!PyArg_ParseTuple(args, "sOp", &scratch, &paths, &required)) return nullptr;
  iso::SandboxSpec spec;
  spec.required = required != 0;
  PyObject* seq = PySequence_Fast(paths, "read_paths must be a sequence");
  if (!seq) return nullptr;
  for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); ++i) {
    const char* p = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(seq, i));
    if (!p) {
      Py_DECREF(seq);
      return nullptr;
    }
    spec.files.read_only.emplace_back(p);
  }
  Py_DECREF(seq);
  spec.files.read_write.emplace_back(scratch);
  spec.policy.allow_stdio()
      .allow_memory()
      .allow_filesystem()
      .allow_time()
      .allow_signals_to_self(::getpid())
      .allow_threads()
      .allow_process_info()
      .allow_exit()
      .refuse_new_processes()
      .refuse_sockets()
      .allow_local_event_loops()
      .kill_on_escape_attempts();
  // What the idle child maps, read now: inside the sandbox /proc/self is out of reach (Landlock),
  // and the run's address-space limit is this plus the memory limit.
  g_idle_address_space = iso::current_address_space();
  g_statm_fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  // The zygote is the child's life line: if the zygote dies, so does the child.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() == 1) ::_exit(0);
  iso::SandboxReport report;
  if (!iso::enter_sandbox(spec, report)) {
    std::string why;
    for (const auto& p : report.problems) why += (why.empty() ? "" : "; ") + p;
    return PyErr_Format(PyExc_RuntimeError,
                        "the Python sandbox cannot be set up on this machine (%s); refusing to run untrusted "
                        "code. Set LLMOS_PYTHON_SANDBOX=off to run it with whatever confinement is available.",
                        why.c_str());
  }
  const std::string text = report.level() + ": " + report.describe();
  return PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
}

// set_run_limits(memory_bytes, timeout_ms): RLIMIT_AS (what the process maps now, plus the
// limit, plus room for the result) and RLIMIT_CPU.
PyObject* py_set_run_limits(PyObject*, PyObject* args) {
  unsigned long long memory = 0;
  long long timeout_ms = 0;
  if (!PyArg_ParseTuple(args, "KL", &memory, &timeout_ms)) return nullptr;
  // What the process maps now, through /proc/self/statm opened before the sandbox; else as
  // measured then (g_idle_address_space).
  std::uint64_t now = g_statm_fd >= 0 ? iso::current_address_space(g_statm_fd) : 0;
  if (now == 0) now = std::max(g_idle_address_space, iso::current_address_space());
  const std::uint64_t base = now;
  const std::uint64_t as = base + memory + kResultSlackBytes;
  const auto cpu = static_cast<std::uint64_t>((std::max<long long>(timeout_ms, 0) + 999) / 1000) + 1;
  if (auto err = iso::apply_run_limits(as, cpu)) return PyErr_Format(PyExc_RuntimeError, "%s", err->c_str());
  Py_RETURN_NONE;
}

PyObject* py_sandbox_support(PyObject*, PyObject*) {
  const std::string text = iso::probe_host_sandbox().describe();
  return PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
}

PyObject* py_max_rss(PyObject*, PyObject*) {
  struct rusage ru {};
  ::getrusage(RUSAGE_SELF, &ru);
  return PyLong_FromLongLong(static_cast<long long>(ru.ru_maxrss) * 1024);
}

PyMethodDef kMethods[] = {
    {"read_frame", py_read_frame, METH_NOARGS, "The next frame from the host, or None at the end."},
    {"write_frame", py_write_frame, METH_O, "Sends one frame to the host."},
    {"enter_sandbox", py_enter_sandbox, METH_VARARGS, "Confines the calling (single-threaded) process."},
    {"set_run_limits", py_set_run_limits, METH_VARARGS, "Applies the memory and CPU limits of a run."},
    {"sandbox_support", py_sandbox_support, METH_NOARGS, "What the kernel offers."},
    {"max_rss", py_max_rss, METH_NOARGS, "Peak resident bytes of this process."},
    {nullptr, nullptr, 0, nullptr}};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_llmos_native", nullptr, -1, kMethods,
                       nullptr, nullptr, nullptr, nullptr};

PyObject* init_native() { return PyModule_Create(&kModule); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || ::fcntl(kChannelFd, F_GETFD) < 0) {
    std::fprintf(stderr, "llmos-pyworker: started by llmos only (usage: llmos-pyworker SCRATCH_BASE "
                         "required|off POOL_SIZE, fd 3 a socket)\n");
    return 2;
  }
  if (PyImport_AppendInittab("_llmos_native", init_native) != 0) return 3;
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.install_signal_handlers = 1;
  config.write_bytecode = 0;
  PyStatus st = PyConfig_SetBytesString(&config, &config.program_name, "llmos-pyworker");
  if (!PyStatus_Exception(st)) st = Py_InitializeFromConfig(&config);
  PyConfig_Clear(&config);
  if (PyStatus_Exception(st)) {
    std::fprintf(stderr, "llmos-pyworker: cannot start Python: %s\n", st.err_msg ? st.err_msg : "?");
    return 3;
  }
  int rc = 0;
  {
    PyObject* main_mod = PyImport_AddModule("__main__");  // borrowed
    PyObject* globals = PyModule_GetDict(main_mod);      // borrowed
    for (int i = 1; i <= 3 && rc == 0; ++i) {
      static const char* const kNames[] = {"", "SCRATCH_BASE", "SANDBOX_MODE", "POOL_SIZE"};
      PyObject* v = PyUnicode_DecodeFSDefault(argv[i]);
      if (!v || PyDict_SetItemString(globals, kNames[i], v) != 0) rc = 3;
      Py_XDECREF(v);
    }
    if (rc == 0) {
      // Compiled under its own name so that an artifact's traceback can leave out the driver's
      // frames (the llmos module's functions, os.system's refusal) but keep the artifact's own
      // exec("...") frames, which are "<string>".
      PyObject* code = Py_CompileString(llmos::pyworker::kDriverSource, "<llmos>", Py_file_input);
      PyObject* r = code ? PyEval_EvalCode(code, globals, globals) : nullptr;
      Py_XDECREF(code);
      if (!r) {
        PyErr_Print();
        rc = 1;
      }
      Py_XDECREF(r);
    }
  }
  if (Py_FinalizeEx() < 0) rc = 1;
  return rc;
}
