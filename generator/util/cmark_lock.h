#pragma once

#include <mutex>

namespace inzage {

// The lock that every cmark-gfm parse in the process takes. cmark-gfm
// 0.29.0.gfm.6 keeps its table of special inline characters in a global.
// A parse with extensions adds characters such as '~' to it and removes
// them afterwards. So no two parses may overlap, in the loader or the
// renderer.
inline std::mutex& CmarkParseMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace inzage
