#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

// "Did you mean" hints for misspelt keys and file names.
namespace inzage::loader {

// Returns the candidate closest to `word`, or nullopt when none is close.
// Close means an edit distance (insertions, deletions, substitutions and
// swaps of neighbouring letters, ignoring ASCII case) of at most a third of
// the word's length, at least 1 and at most 3. A candidate that starts with
// a word of 3 or more letters is close too, so 'lang' finds 'language'.
std::optional<std::string> SuggestClosest(
    std::string_view word, std::span<const std::string_view> candidates);

// Returns ", did you mean 'x'?" for the closest candidate, or "" if none is
// close, to append to a message.
std::string DidYouMean(std::string_view word,
                       std::span<const std::string_view> candidates);

}  // namespace inzage::loader
