#pragma once
// The corrected artifact in a model's reply: the first fenced code block (```js, ```javascript,
// ```python, ```py or a bare ```), else the whole reply, trimmed.
#include <string>
#include <string_view>

namespace llmos::supervisor {

std::string extract_code(std::string_view reply);

}  // namespace llmos::supervisor
