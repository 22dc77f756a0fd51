#include "supervisor/chat_client.hpp"

#include <httplib.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace llmos::supervisor {
namespace {

struct Endpoint {
  std::string scheme_host_port;  // "https://host:443"
  std::string path;              // "/v1/chat/completions"
};

Result<Endpoint> split_url(const std::string& base) {
  const std::string problem = check_base_url(base);
  if (!problem.empty()) return Error{problem};
  const std::size_t scheme_end = base.find("://") + 3;
  const std::size_t slash = base.find('/', scheme_end);
  Endpoint e;
  e.scheme_host_port = base.substr(0, slash);
  std::string prefix = slash == std::string::npos ? "" : base.substr(slash);
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  e.path = prefix + "/chat/completions";
  return e;
}

std::string excerpt(const std::string& body) {
  constexpr std::size_t kMax = 300;
  std::string s = body.size() > kMax ? body.substr(0, kMax) + "…" : body;
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string api_key_from_env() {
  const char* key = std::getenv("LLMOS_LLM_API_KEY");
  return key ? std::string(key) : std::string();
}

std::string check_base_url(const std::string& base_url) {
  if (base_url.rfind("http://", 0) != 0 && base_url.rfind("https://", 0) != 0)
    return "the model URL must start with http:// or https:// (got '" + base_url + "')";
  const std::size_t host_at = base_url.find("://") + 3;
  if (host_at >= base_url.size() || base_url[host_at] == '/')
    return "the model URL has no host (got '" + base_url + "')";
  for (unsigned char c : base_url)
    if (c <= 0x20 || c == 0x7f) return "the model URL must not contain spaces or control characters";
  return {};
}

Result<std::string> complete_chat(const ChatConfig& config, const std::vector<ChatMessage>& messages) {
  auto endpoint = split_url(config.base_url);
  if (!endpoint) return endpoint.error();
  const Endpoint& ep = endpoint.value();

  nlohmann::json body = {{"messages", nlohmann::json::array()}, {"temperature", config.temperature}};
  if (!config.model.empty()) body["model"] = config.model;
  for (const ChatMessage& m : messages) body["messages"].push_back({{"role", m.role}, {"content", m.content}});

  httplib::Client client(ep.scheme_host_port);
  if (!client.is_valid()) return Error{"cannot use the model URL '" + config.base_url + "'"};
  client.set_connection_timeout(config.connect_timeout);
  client.set_read_timeout(config.read_timeout);
  client.set_write_timeout(config.connect_timeout);
  client.set_follow_location(false);
  httplib::Headers headers;
  if (!config.api_key.empty()) headers.emplace("Authorization", "Bearer " + config.api_key);

  const std::string where = ep.scheme_host_port + ep.path;
  // Replacement characters instead of an exception for code that is not UTF-8.
  const std::string payload = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  httplib::Result res = client.Post(ep.path, headers, payload, "application/json");
  if (!res) {
    const httplib::Error err = res.error();
    std::string why = httplib::to_string(err);
    if (err == httplib::Error::Connection) why = "cannot connect";
    else if (err == httplib::Error::Read) why = "no complete answer within the read timeout of " +
                                                 std::to_string(config.read_timeout.count()) + " s";
    return Error{"the model at " + where + " could not be reached: " + why};
  }
  if (res->status < 200 || res->status > 299)
    return Error{"the model at " + where + " answered HTTP " + std::to_string(res->status) +
                 (res->body.empty() ? std::string() : ": " + excerpt(res->body))};

  nlohmann::json reply;
  try {
    reply = nlohmann::json::parse(res->body);
  } catch (const nlohmann::json::parse_error&) {
    return Error{"the model at " + where + " did not answer JSON: " + excerpt(res->body)};
  }
  if (!reply.is_object() || !reply.contains("choices") || !reply["choices"].is_array() ||
      reply["choices"].empty())
    return Error{"the model's answer has no choices: " + excerpt(res->body)};
  const nlohmann::json& choice = reply["choices"][0];
  if (!choice.is_object() || !choice.contains("message") || !choice["message"].is_object() ||
      !choice["message"].contains("content") || !choice["message"]["content"].is_string())
    return Error{"the model's first choice has no message content: " + excerpt(res->body)};
  return choice["message"]["content"].get<std::string>();
}

}  // namespace llmos::supervisor
