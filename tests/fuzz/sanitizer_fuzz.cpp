// libFuzzer target for the setInnerHTML sanitizer: any input must come out safe, and stay safe
// when what came out is parsed again.
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc tests/fuzz/sanitizer_fuzz.cpp \
//     src/kernel/dom/{sanitizer,tree,policy}.cpp src/common/utf8.cpp $(pkg-config --cflags --libs gumbo)
//   ./a.out -max_total_time=300 -max_len=4096
// Since the serializer escapes < > " ' & in every text and attribute value, every '<' in the
// output opens a real tag and every ' name="' is a real attribute, so plain scanning suffices.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kernel/dom/policy.hpp"
#include "kernel/dom/sanitizer.hpp"

namespace {

using llmos::kernel::dom::ElementAction;
using llmos::kernel::dom::element_rule;
using llmos::kernel::dom::Ns;

[[noreturn]] void fail(const char*) { __builtin_trap(); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

void check_attribute(const std::string& name, const std::string& value) {
  if (name.rfind("on", 0) == 0) fail("an event handler");
  for (const char* bad : {"srcset", "formaction", "action", "srcdoc", "background", "poster", "xlink:href"})
    if (name == bad) fail("an attribute that loads or runs something");
  if (name == "href" || name == "src" || name == "cite") {
    std::string v;
    for (char ch : value)
      if (static_cast<unsigned char>(ch) > 0x20) v += ch;
    v = lower(v);
    for (const char* bad : {"javascript:", "vbscript:", "file:"})
      if (v.rfind(bad, 0) == 0) fail("a script URL");
    if (v.rfind("data:", 0) == 0 && (name != "src" || v.rfind("data:image/svg", 0) == 0)) fail("a data URL");
  }
  if (name == "style") {
    const std::string v = lower(value);
    for (const char* bad : {"expression", "javascript", "@import", "behavior", "binding", "\\"})
      if (v.find(bad) != std::string::npos) fail("unsafe CSS");
  }
}

void check(const std::string& out) {
  int svg_depth = 0;
  std::size_t i = 0;
  while ((i = out.find('<', i)) != std::string::npos) {
    const bool closing = i + 1 < out.size() && out[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    const std::size_t start = j;
    while (j < out.size() && out[j] != ' ' && out[j] != '>') ++j;
    const std::string name = lower(std::string_view(out).substr(start, j - start));
    const std::size_t end = out.find('>', j);
    if (end == std::string::npos) fail("an unterminated tag");
    if (closing) {
      if (name == "svg") --svg_depth;
      i = end;
      continue;
    }
    const Ns ns = svg_depth > 0 || name == "svg" ? Ns::kSvg : Ns::kHtml;
    if (name == "svg") ++svg_depth;
    if (element_rule(ns, name).action != ElementAction::kKeep) fail("an element outside the allowlist");
    // Attributes: ` name="value"`, the value escaped (no quote inside).
    std::size_t k = j;
    while (k < end) {
      if (out[k] == ' ') {
        ++k;
        continue;
      }
      const std::size_t eq = out.find("=\"", k);
      if (eq == std::string::npos || eq > end) fail("an attribute without a value");
      const std::size_t close = out.find('"', eq + 2);
      check_attribute(lower(std::string_view(out).substr(k, eq - k)), out.substr(eq + 2, close - eq - 2));
      k = close + 1;
    }
    i = end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const std::string out = llmos::kernel::dom::sanitize_html(html);
  check(out);
  // Parsed again, the output may be restructured (an unwrapped element leaves an <h4> inside an
  // <h3>, which a parser closes), but never into something unsafe.
  check(llmos::kernel::dom::sanitize_html(out));
  return 0;
}
