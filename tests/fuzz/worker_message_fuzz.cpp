// libFuzzer target for the messages a JavaScript worker sends its host (src/jsworker/protocol.hpp)
// and the CBOR depth bound in front of them: a worker taken over by an engine bug controls these
// bytes completely. Whatever they are, decoding must not crash, leak or recurse without bound;
// what decodes must re-encode to a message that decodes the same.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/cbor_depth.hpp"
#include "jsworker/protocol.hpp"

namespace {
[[noreturn]] void fail() { __builtin_trap(); }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)llmos::cbor_within_depth(bytes, 8);
  (void)llmos::jsworker::decode_run(bytes);
  (void)llmos::jsworker::decode_storage_answer(bytes);
  const auto m = llmos::jsworker::decode_worker_message(bytes);
  if (!m) return 0;
  if (m->type == llmos::jsworker::WorkerMessage::Type::kResult) {
    const auto again = llmos::jsworker::decode_worker_message(llmos::jsworker::encode_result(m->reply));
    if (!again || again->reply.result.to_json() != m->reply.result.to_json() ||
        again->reply.output_text != m->reply.output_text)
      fail();
  }
  return 0;
}
