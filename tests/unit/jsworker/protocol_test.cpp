// The worker protocol and the remote store: what crosses the process boundary keeps its exact
// bytes, and what a broken (or taken over) worker sends is refused, never trusted or crashed on.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "common/cbor_depth.hpp"
#include "jsworker/protocol.hpp"
#include "kernel/storage/remote_store.hpp"

namespace {

using namespace llmos;
using namespace llmos::jsworker;

TEST(JsWorkerProtocol, RunRequestsRoundTrip) {
  RunRequest q;
  q.code = "const s = '\xed\xa0\x80'; s";  // a lone surrogate as QuickJS writes it: not UTF-8
  q.artifact_id = "a/b:c";
  q.filename = "x.js";
  q.render_output = true;
  q.stream_output = true;
  q.limits.timeout_ms = 1234;
  q.limits.memory_bytes = 5u << 20;
  q.limits.max_json_depth = 7;
  const auto back = decode_run(encode_run(q));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->code, q.code);
  EXPECT_EQ(back->artifact_id, q.artifact_id);
  EXPECT_EQ(back->filename, "x.js");
  EXPECT_TRUE(back->render_output);
  EXPECT_TRUE(back->stream_output);
  EXPECT_EQ(back->limits.timeout_ms, 1234);
  EXPECT_EQ(back->limits.memory_bytes, 5u << 20);
  EXPECT_EQ(back->limits.max_json_depth, 7);
}

TEST(JsWorkerProtocol, ResultsRoundTripWithImagesAndErrors) {
  RunReply reply;
  reply.result.success = false;
  reply.result.output_json = "null";
  reply.result.logs = {"a", std::string("b\0c", 3), "\xed\xa0\x80"};
  reply.result.stderr_lines = {"warn"};
  reply.result.execution_time_ms = 1.5;
  reply.result.memory_used = 4096;
  reply.result.dom = "<p>x</p>";
  reply.result.images.push_back(Image{"canvas-1", "image/png", 3, 2, std::string("\x89PNG\0\xff", 6)});
  reply.result.logs_truncated = true;
  ErrorInfo e{"TypeError", "TypeError: x", "TypeError: x\n    at f", 3, 9, ErrorKind::kRuntime};
  reply.result.error = e;
  reply.output_text = "undefined";
  reply.output_is_undefined = false;
  const auto m = decode_worker_message(encode_result(reply));
  ASSERT_TRUE(m);
  ASSERT_EQ(m->type, WorkerMessage::Type::kResult);
  EXPECT_EQ(m->reply.result.to_json(), reply.result.to_json());
  EXPECT_EQ(m->reply.output_text, "undefined");
  EXPECT_FALSE(m->reply.output_is_undefined);
}

TEST(JsWorkerProtocol, RefusesWhatAWorkerNeverSends) {
  EXPECT_FALSE(decode_worker_message(""));
  EXPECT_FALSE(decode_worker_message("not cbor at all"));
  EXPECT_FALSE(decode_worker_message(encode_run(RunRequest{})));  // a host's message
  // A result claiming success and carrying an error at once.
  RunReply both;
  both.result.success = true;
  both.result.error = ErrorInfo{};
  EXPECT_FALSE(decode_worker_message(encode_result(both)));
  // An execution time that no clock gives (found by worker_message_fuzz: NaN reached a
  // double-to-integer conversion in the result's JSON).
  for (const double t : {std::nan(""), -1.0, HUGE_VAL}) {
    RunReply odd;
    odd.result.success = true;
    odd.result.execution_time_ms = t;
    EXPECT_FALSE(decode_worker_message(encode_result(odd))) << t;
  }
  // A million nested arrays: refused before the recursive decoder could overflow the stack.
  const std::string deep(1'000'000, '\x81');
  EXPECT_FALSE(cbor_within_depth(deep, 8));
  EXPECT_FALSE(decode_worker_message(deep + std::string(1, '\x00')));
}

TEST(JsWorkerProtocol, CborDepthBound) {
  EXPECT_TRUE(cbor_within_depth(std::string("\x82\x01\x81\x02", 4), 2));   // [1, [2]]
  EXPECT_FALSE(cbor_within_depth(std::string("\x82\x01\x81\x81\x02", 5), 2));
  EXPECT_FALSE(cbor_within_depth(std::string("\x9b\xff\xff\xff\xff\xff\xff\xff\xff", 9), 8));  // 2^64-1 items, none there
  EXPECT_FALSE(cbor_within_depth(std::string("\x5a\xff\xff\xff\xff", 5), 8));  // a string longer than the input
  EXPECT_TRUE(cbor_within_depth(std::string("\x9f\x01\x02\xff", 4), 2));      // indefinite [1, 2]
  EXPECT_FALSE(cbor_within_depth(std::string("\xff", 1), 2));                  // a break outside any container
  EXPECT_FALSE(cbor_within_depth("", 2));
}

TEST(RemoteStore, OperationsReachTheHostStoreInTheHostsNamespace) {
  const auto dir = std::filesystem::temp_directory_path() / ("llmos-remote-store-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto store = kernel::storage::Store::open((dir / "s.db").string());
  ASSERT_TRUE(store);
  std::shared_ptr<kernel::storage::Store> host = store.value();
  // The worker claims to be "victim"; the host answers in "mine" whatever it claims.
  kernel::storage::RemoteStore remote([host](std::string q) -> std::optional<std::string> {
    return kernel::storage::answer_remote_call(*host, "mine", q);
  });
  ASSERT_TRUE(remote.set("victim", "k\xed\xa0\x80", "[1,2]"));
  EXPECT_EQ(remote.set("victim", "k\xed\xa0\x80", "[1,2]").value(), kernel::storage::SetStatus::kOk);
  EXPECT_EQ(*remote.get("victim", "k\xed\xa0\x80").value(), "[1,2]");
  EXPECT_FALSE(host->get("victim", "k\xed\xa0\x80").value());
  EXPECT_EQ(*host->get("mine", "k\xed\xa0\x80").value(), "[1,2]");
  EXPECT_EQ(remote.keys("victim").value(), std::vector<std::string>{"k\xed\xa0\x80"});
  EXPECT_TRUE(remote.remove("victim", "k\xed\xa0\x80").value());
  EXPECT_FALSE(remote.get("victim", "k\xed\xa0\x80").value());
  EXPECT_TRUE(remote.clear("victim"));
  // Garbage to the host gets an error answer; a closed channel is an error for the worker.
  const std::string garbage = kernel::storage::answer_remote_call(*host, "mine", "\x81\x81\x81");
  kernel::storage::RemoteStore echo([&](std::string) -> std::optional<std::string> { return garbage; });
  EXPECT_FALSE(echo.get("", "k"));
  kernel::storage::RemoteStore closed([](std::string) -> std::optional<std::string> { return std::nullopt; });
  auto got = closed.get("", "k");
  ASSERT_FALSE(got);
  EXPECT_NE(got.error().message.find("closed"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
