#pragma once

#include <mutex>

namespace inzage {

// The lock that every cmark-gfm parse in the process holds. cmark-gfm
// 0.29.0.gfm.6 keeps its table of special inline characters in a global
// that a parse with extensions changes (extensions add characters such as
// '~' and remove them afterwards), so no two parses may overlap, whether
// they come from the loader or the renderer.
inline std::mutex& CmarkParseMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace inzage
