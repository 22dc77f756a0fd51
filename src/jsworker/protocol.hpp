#pragma once
// The messages between the host and a JavaScript worker (llmos-jsworker), one per frame of the
// isolation layer's framed socket, encoded as CBOR: strings keep their exact bytes (a JavaScript
// string converted to UTF-8 may hold lone surrogates, which JSON text could not carry), and
// images travel as bytes instead of base64.
//
//   host → worker   {t: "run", code, artifactId, filename, render, stream, limits: {...}}
//                   {t: "storage", a: <answer>}          the answer to the worker's last request
//   worker → host   {t: "hello", sandbox, pid}           once, after it entered its sandbox
//                   {t: "out", s: 0 log | 1 stderr, text} console output (when stream is set)
//                   {t: "storage", q: <request>}         LLMOS.storage (remote_store.hpp)
//                   {t: "result", r: {...}, text, undefinedOutput}
//                   {t: "ready"}                         its next runtime is built (after a result)
//
// A worker is untrusted once it has run an artifact: the host reads its messages as it would
// read the network's (every field checked, sizes bounded by the frame limit).
#include <optional>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "common/run_result.hpp"

namespace llmos::jsworker {

struct RunRequest {
  std::string code;
  std::string artifact_id = "default";
  std::string filename = "artifact.js";
  bool render_output = false;
  bool stream_output = false;
  Limits limits;
};

struct RunReply {
  RunResult result;
  std::string output_text;
  bool output_is_undefined = true;
};

// The largest frame a worker may send: a result within the default output caps, with images.
inline constexpr std::size_t kMaxWorkerFrameBytes = std::size_t{256} << 20;

std::string encode_run(const RunRequest& request);
std::optional<RunRequest> decode_run(std::string_view frame);

std::string encode_result(const RunReply& reply);
std::string encode_hello(std::string_view sandbox);
std::string encode_ready();
std::string encode_output(bool is_stderr, std::string_view text);
std::string encode_storage_request(std::string_view request);
std::string encode_storage_answer(std::string_view answer);
// The answer in a host's frame; nullopt when the frame is not a storage answer.
std::optional<std::string> decode_storage_answer(std::string_view frame);

// What a worker said, as the host sees it.
struct WorkerMessage {
  enum class Type { kHello, kOutput, kStorage, kResult, kReady } type = Type::kHello;
  std::string text;      // hello: sandbox; output: the line; storage: the request
  bool is_stderr = false;
  RunReply reply;        // result
};
// nullopt: the frame is not a message a worker sends (the host treats the worker as broken).
std::optional<WorkerMessage> decode_worker_message(std::string_view frame);

}  // namespace llmos::jsworker
