#pragma once
// A bound on CBOR nesting, checked before a recursive decoder (nlohmann's) sees bytes from an
// untrusted peer: a sandboxed worker taken over by an engine bug could otherwise send a million
// nested arrays and overflow the host's stack.
#include <cstddef>
#include <string_view>

namespace llmos {

// True when `bytes` is one well-formed CBOR item (trailing bytes are the decoder's business)
// nested at most `max_depth` containers deep. Iterative: any input is safe.
bool cbor_within_depth(std::string_view bytes, std::size_t max_depth);

}  // namespace llmos
