#include "server/static_assets.hpp"

namespace llmos::server {

const StaticAsset* find_static_asset(std::string_view path) {
  for (const StaticAsset& a : static_assets())
    if (a.path == path) return &a;
  return nullptr;
}

}  // namespace llmos::server
