#include "kernel/storage/remote_store.hpp"

#include <nlohmann/json.hpp>

#include "common/cbor_depth.hpp"

namespace llmos::kernel::storage {
namespace {

using json = nlohmann::json;

// Requests and answers nest two deep; anything deeper is refused before the recursive decoder.
json decode(std::string_view bytes) {
  if (!cbor_within_depth(bytes, 4)) return json(json::value_t::discarded);
  return json::from_cbor(bytes, true, false);
}

json request(const char* op, std::string_view key = {}, std::optional<std::string_view> value = std::nullopt) {
  json q = {{"op", op}, {"key", std::string(key)}};
  if (value) q["value"] = std::string(*value);
  return q;
}

std::string encode(const json& a) {
  const auto bytes = json::to_cbor(a);
  return std::string(bytes.begin(), bytes.end());
}

// The answer's object, or the error it carries.
Result<json> call(const Exchange& exchange, const json& q) {
  std::optional<std::string> raw = exchange(encode(q));
  if (!raw) return Error{"the connection to the host is closed"};
  json a = decode(*raw);
  if (a.is_discarded() || !a.is_object()) return Error{"the host sent an answer that cannot be read"};
  if (const auto e = a.find("error"); e != a.end()) return Error{e->is_string() ? e->get<std::string>() : "failed"};
  return a;
}

std::string error_answer(std::string_view message) { return encode(json{{"error", std::string(message)}}); }

}  // namespace

Result<std::optional<std::string>> RemoteStore::get(std::string_view, std::string_view key) {
  auto a = call(exchange_, request("get", key));
  if (!a) return a.error();
  const json& v = a.value()["value"];
  if (v.is_null()) return std::optional<std::string>();
  if (!v.is_string()) return Error{"the host sent an answer that cannot be read"};
  return std::optional<std::string>(v.get<std::string>());
}

Result<SetStatus> RemoteStore::set(std::string_view, std::string_view key, std::string_view value) {
  auto a = call(exchange_, request("set", key, value));
  if (!a) return a.error();
  const json& s = a.value()["status"];
  if (!s.is_number_unsigned() || s.get<unsigned>() > static_cast<unsigned>(SetStatus::kArtifactFull))
    return Error{"the host sent an answer that cannot be read"};
  return static_cast<SetStatus>(s.get<unsigned>());
}

Result<bool> RemoteStore::remove(std::string_view, std::string_view key) {
  auto a = call(exchange_, request("remove", key));
  if (!a) return a.error();
  return a.value().value("removed", false);
}

Result<std::vector<std::string>> RemoteStore::keys(std::string_view) {
  auto a = call(exchange_, request("keys"));
  if (!a) return a.error();
  std::vector<std::string> out;
  const json& ks = a.value()["keys"];
  if (!ks.is_array()) return Error{"the host sent an answer that cannot be read"};
  for (const auto& k : ks) {
    if (!k.is_string()) return Error{"the host sent an answer that cannot be read"};
    out.push_back(k.get<std::string>());
  }
  return out;
}

Result<bool> RemoteStore::clear(std::string_view) {
  auto a = call(exchange_, request("clear"));
  if (!a) return a.error();
  return a.value().value("cleared", false);
}

std::string answer_remote_call(Backend& store, std::string_view artifact, std::string_view raw) {
  const json q = decode(raw);
  if (q.is_discarded() || !q.is_object()) return error_answer("the storage request cannot be read");
  const auto op_it = q.find("op");
  const auto key_it = q.find("key");
  if (op_it == q.end() || !op_it->is_string() || key_it == q.end() || !key_it->is_string())
    return error_answer("the storage request cannot be read");
  const std::string& op = op_it->get_ref<const std::string&>();
  const std::string& key = key_it->get_ref<const std::string&>();
  if (op == "get") {
    auto got = store.get(artifact, key);
    if (!got) return error_answer(got.error().message);
    return encode(got.value() ? json{{"value", *got.value()}} : json{{"value", nullptr}});
  }
  if (op == "set") {
    const auto v = q.find("value");
    if (v == q.end() || !v->is_string()) return error_answer("the storage request cannot be read");
    auto status = store.set(artifact, key, v->get_ref<const std::string&>());
    if (!status) return error_answer(status.error().message);
    return encode(json{{"status", static_cast<unsigned>(status.value())}});
  }
  if (op == "remove") {
    auto removed = store.remove(artifact, key);
    if (!removed) return error_answer(removed.error().message);
    return encode(json{{"removed", removed.value()}});
  }
  if (op == "keys") {
    auto keys = store.keys(artifact);
    if (!keys) return error_answer(keys.error().message);
    return encode(json{{"keys", keys.value()}});
  }
  if (op == "clear") {
    auto cleared = store.clear(artifact);
    if (!cleared) return error_answer(cleared.error().message);
    return encode(json{{"cleared", cleared.value()}});
  }
  return error_answer("unknown storage operation");
}

std::string remote_unavailable(std::string_view why) { return error_answer(why); }

}  // namespace llmos::kernel::storage
