#include "jsworker/protocol.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/cbor_depth.hpp"

namespace llmos::jsworker {
namespace {

using json = nlohmann::json;

std::string encode(const json& j) {
  const auto bytes = json::to_cbor(j);
  return std::string(bytes.begin(), bytes.end());
}

// Our messages nest four deep; a peer's deeper nesting is refused before the recursive decoder.
constexpr std::size_t kMaxDepth = 8;

json decode(std::string_view frame) {
  if (!cbor_within_depth(frame, kMaxDepth)) return json(json::value_t::discarded);
  return json::from_cbor(frame, true, false);
}

// Accessors that refuse what a well-behaved peer never sends.
const std::string* str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}
std::optional<std::uint64_t> uint(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<std::uint64_t>();
}
bool flag(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

std::optional<ErrorKind> kind_from(std::string_view k) {
  for (ErrorKind e : {ErrorKind::kSyntax, ErrorKind::kRuntime, ErrorKind::kTimeout, ErrorKind::kMemory,
                      ErrorKind::kStack, ErrorKind::kLimit, ErrorKind::kInternal})
    if (to_string(e) == k) return e;
  return std::nullopt;
}

json encode_result_fields(const RunResult& r) {
  json j = {{"success", r.success},
            {"output", r.output_json},
            {"logs", r.logs},
            {"stderr", r.stderr_lines},
            {"time", r.execution_time_ms},
            {"memory", r.memory_used},
            {"truncated", {r.output_truncated, r.logs_truncated, r.stderr_truncated, r.error_truncated}}};
  if (r.dom) j["dom"] = *r.dom;
  if (r.error) {
    const ErrorInfo& e = *r.error;
    j["error"] = {{"name", e.name}, {"message", e.message}, {"stack", e.stack}, {"kind", to_string(e.kind)}};
    if (e.line) j["error"]["line"] = *e.line;
    if (e.column) j["error"]["column"] = *e.column;
  }
  json images = json::array();
  for (const Image& im : r.images) {
    images.push_back({{"id", im.id},
                      {"mime", im.mime},
                      {"width", im.width},
                      {"height", im.height},
                      {"data", json::binary(std::vector<std::uint8_t>(im.data.begin(), im.data.end()))}});
  }
  j["images"] = std::move(images);
  return j;
}

bool strings(const json& j, const char* key, std::vector<std::string>& out) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return false;
  for (const auto& s : *it) {
    if (!s.is_string()) return false;
    out.push_back(s.get<std::string>());
  }
  return true;
}

std::optional<RunResult> decode_result_fields(const json& j) {
  if (!j.is_object()) return std::nullopt;
  RunResult r;
  const auto success = j.find("success");
  const std::string* output = str(j, "output");
  const auto time = j.find("time");
  const auto memory = uint(j, "memory");
  if (success == j.end() || !success->is_boolean() || !output || time == j.end() || !time->is_number() || !memory)
    return std::nullopt;
  r.success = success->get<bool>();
  r.output_json = *output;
  r.execution_time_ms = time->get<double>();
  if (!std::isfinite(r.execution_time_ms) || r.execution_time_ms < 0) return std::nullopt;
  r.memory_used = *memory;
  if (!strings(j, "logs", r.logs) || !strings(j, "stderr", r.stderr_lines)) return std::nullopt;
  const auto tr = j.find("truncated");
  if (tr == j.end() || !tr->is_array() || tr->size() != 4) return std::nullopt;
  for (const auto& b : *tr)
    if (!b.is_boolean()) return std::nullopt;
  r.output_truncated = (*tr)[0].get<bool>();
  r.logs_truncated = (*tr)[1].get<bool>();
  r.stderr_truncated = (*tr)[2].get<bool>();
  r.error_truncated = (*tr)[3].get<bool>();
  if (const std::string* dom = str(j, "dom")) r.dom = *dom;
  if (const auto e = j.find("error"); e != j.end()) {
    if (!e->is_object()) return std::nullopt;
    const std::string *name = str(*e, "name"), *message = str(*e, "message"), *stack = str(*e, "stack"),
                      *kind = str(*e, "kind");
    if (!name || !message || !stack || !kind || !kind_from(*kind)) return std::nullopt;
    ErrorInfo info{*name, *message, *stack, std::nullopt, std::nullopt, *kind_from(*kind)};
    if (const auto l = e->find("line"); l != e->end() && l->is_number_integer()) info.line = l->get<int>();
    if (const auto c = e->find("column"); c != e->end() && c->is_number_integer()) info.column = c->get<int>();
    r.error = std::move(info);
  }
  if (r.success == r.error.has_value()) return std::nullopt;
  const auto images = j.find("images");
  if (images == j.end() || !images->is_array()) return std::nullopt;
  for (const auto& im : *images) {
    if (!im.is_object()) return std::nullopt;
    const std::string *id = str(im, "id"), *mime = str(im, "mime");
    const auto w = uint(im, "width"), h = uint(im, "height");
    const auto data = im.find("data");
    if (!id || !mime || !w || !h || data == im.end() || !data->is_binary()) return std::nullopt;
    const auto& bytes = data->get_binary();
    r.images.push_back(Image{*id, *mime, static_cast<int>(*w), static_cast<int>(*h),
                             std::string(bytes.begin(), bytes.end())});
  }
  return r;
}

}  // namespace

std::string encode_run(const RunRequest& q) {
  const Limits& l = q.limits;
  return encode({{"t", "run"},
                 {"code", q.code},
                 {"artifactId", q.artifact_id},
                 {"filename", q.filename},
                 {"render", q.render_output},
                 {"stream", q.stream_output},
                 {"limits",
                  {{"timeoutMs", l.timeout_ms},
                   {"memoryBytes", l.memory_bytes},
                   {"stackBytes", l.stack_bytes},
                   {"maxOutputBytes", l.max_output_bytes},
                   {"maxLogsBytes", l.max_logs_bytes},
                   {"maxStderrBytes", l.max_stderr_bytes},
                   {"maxJsonDepth", l.max_json_depth}}}});
}

std::optional<RunRequest> decode_run(std::string_view frame) {
  const json j = decode(frame);
  if (!j.is_object()) return std::nullopt;
  const std::string *t = str(j, "t"), *code = str(j, "code"), *id = str(j, "artifactId"),
                    *filename = str(j, "filename");
  const auto limits = j.find("limits");
  if (!t || *t != "run" || !code || !id || !filename || limits == j.end() || !limits->is_object())
    return std::nullopt;
  RunRequest q;
  q.code = *code;
  q.artifact_id = *id;
  q.filename = *filename;
  q.render_output = flag(j, "render");
  q.stream_output = flag(j, "stream");
  const auto timeout = limits->find("timeoutMs");
  const auto memory = uint(*limits, "memoryBytes"), stack = uint(*limits, "stackBytes"),
             out = uint(*limits, "maxOutputBytes"), logs = uint(*limits, "maxLogsBytes"),
             err = uint(*limits, "maxStderrBytes"), depth = uint(*limits, "maxJsonDepth");
  if (timeout == limits->end() || !timeout->is_number_integer() || !memory || !stack || !out || !logs || !err ||
      !depth)
    return std::nullopt;
  q.limits.timeout_ms = timeout->get<std::int64_t>();
  q.limits.memory_bytes = *memory;
  q.limits.stack_bytes = *stack;
  q.limits.max_output_bytes = *out;
  q.limits.max_logs_bytes = *logs;
  q.limits.max_stderr_bytes = *err;
  q.limits.max_json_depth = static_cast<int>(*depth);
  return q;
}

std::string encode_result(const RunReply& reply) {
  json j = {{"t", "result"}, {"r", encode_result_fields(reply.result)}, {"undefinedOutput", reply.output_is_undefined}};
  if (!reply.output_text.empty()) j["text"] = reply.output_text;
  return encode(j);
}

std::string encode_hello(std::string_view sandbox) {
  return encode({{"t", "hello"}, {"sandbox", std::string(sandbox)}});
}

std::string encode_ready() { return encode({{"t", "ready"}}); }

std::string encode_output(bool is_stderr, std::string_view text) {
  return encode({{"t", "out"}, {"s", is_stderr ? 1 : 0}, {"text", std::string(text)}});
}

std::string encode_storage_request(std::string_view request) {
  return encode({{"t", "storage"}, {"q", json::binary(std::vector<std::uint8_t>(request.begin(), request.end()))}});
}

std::string encode_storage_answer(std::string_view answer) {
  return encode({{"t", "storage"}, {"a", json::binary(std::vector<std::uint8_t>(answer.begin(), answer.end()))}});
}

std::optional<std::string> decode_storage_answer(std::string_view frame) {
  const json j = decode(frame);
  const std::string* t = j.is_object() ? str(j, "t") : nullptr;
  if (!t || *t != "storage") return std::nullopt;
  const auto a = j.find("a");
  if (a == j.end() || !a->is_binary()) return std::nullopt;
  return std::string(a->get_binary().begin(), a->get_binary().end());
}

std::optional<WorkerMessage> decode_worker_message(std::string_view frame) {
  const json j = decode(frame);
  const std::string* t = j.is_object() ? str(j, "t") : nullptr;
  if (!t) return std::nullopt;
  WorkerMessage m;
  if (*t == "hello") {
    const std::string* sandbox = str(j, "sandbox");
    if (!sandbox) return std::nullopt;
    m.type = WorkerMessage::Type::kHello;
    m.text = *sandbox;
  } else if (*t == "ready") {
    m.type = WorkerMessage::Type::kReady;
  } else if (*t == "out") {
    const std::string* text = str(j, "text");
    const auto s = uint(j, "s");
    if (!text || !s || *s > 1) return std::nullopt;
    m.type = WorkerMessage::Type::kOutput;
    m.text = *text;
    m.is_stderr = *s == 1;
  } else if (*t == "storage") {
    const auto q = j.find("q");
    if (q == j.end() || !q->is_binary()) return std::nullopt;
    m.type = WorkerMessage::Type::kStorage;
    m.text.assign(q->get_binary().begin(), q->get_binary().end());
  } else if (*t == "result") {
    const auto r = j.find("r");
    if (r == j.end()) return std::nullopt;
    auto result = decode_result_fields(*r);
    if (!result) return std::nullopt;
    m.type = WorkerMessage::Type::kResult;
    m.reply.result = std::move(*result);
    if (const std::string* text = str(j, "text")) m.reply.output_text = *text;
    m.reply.output_is_undefined = flag(j, "undefinedOutput");
  } else {
    return std::nullopt;
  }
  return m;
}

}  // namespace llmos::jsworker
