#pragma once
// A client of an OpenAI-compatible chat-completions endpoint (hosted APIs, llama.cpp server,
// Ollama, vLLM): POST {base}/chat/completions with {model, messages, temperature}, the reply's
// choices[0].message.content back. Every failure is an Error that says what went wrong
// (unreachable, timed out, non-2xx, not JSON, no choices); nothing waits past the timeouts.
#include <chrono>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace llmos::supervisor {

struct ChatMessage {
  std::string role;  // "system" | "user" | "assistant"
  std::string content;
};

struct ChatConfig {
  std::string base_url;  // "http://127.0.0.1:8000/v1": /chat/completions is appended
  std::string model;     // may be empty: local servers often ignore it
  std::string api_key;   // sent as "Authorization: Bearer ..." when not empty
  double temperature = 0.2;
  std::chrono::seconds connect_timeout{10};
  std::chrono::seconds read_timeout{120};
};

// The API key from $LLMOS_LLM_API_KEY, or empty.
std::string api_key_from_env();

// Why `base_url` cannot be used (not http:// or https://, no host), or empty.
std::string check_base_url(const std::string& base_url);

// One request; the content of the first choice.
Result<std::string> complete_chat(const ChatConfig& config, const std::vector<ChatMessage>& messages);

}  // namespace llmos::supervisor
