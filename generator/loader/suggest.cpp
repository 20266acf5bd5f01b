#include "loader/suggest.h"

#include <algorithm>
#include <vector>

namespace inzage::loader {
namespace {

char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Optimal string alignment distance, ignoring ASCII case.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(
      a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= b.size(); ++j) {
    d[0][j] = j;
  }

  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = LowerAscii(a[i - 1]) == LowerAscii(b[j - 1]);
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same ? 0 : 1)});

      bool swapped = i > 1 && j > 1 &&
                     LowerAscii(a[i - 1]) == LowerAscii(b[j - 2]) &&
                     LowerAscii(a[i - 2]) == LowerAscii(b[j - 1]);
      if (swapped) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) {
    return false;
  }
  return std::equal(
      prefix.begin(), prefix.end(), text.begin(),
      [](char x, char y) { return LowerAscii(x) == LowerAscii(y); });
}

}  // namespace

std::optional<std::string> SuggestClosest(
    std::string_view word, std::span<const std::string_view> candidates) {
  // Long words from a file name or a key are not worth a quadratic table.
  if (word.empty() || word.size() > 64) {
    return std::nullopt;
  }

  std::size_t max_distance = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::optional<std::string> best;
  std::size_t best_distance = max_distance + 1;
  for (std::string_view candidate : candidates) {
    std::size_t distance = EditDistance(word, candidate);
    if (distance > max_distance && word.size() >= 3 &&
        StartsWithIgnoringCase(candidate, word)) {
      distance = max_distance;
    }
    if (distance < best_distance) {
      best = std::string(candidate);
      best_distance = distance;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word,
                       std::span<const std::string_view> candidates) {
  std::optional<std::string> closest = SuggestClosest(word, candidates);
  if (!closest) {
    return "";
  }
  return ", did you mean '" + *closest + "'?";
}

}  // namespace inzage::loader
