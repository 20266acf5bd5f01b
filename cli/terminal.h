#pragma once

#include <optional>
#include <string>

#include "crypto/secret_bytes.h"
#include "util/result.h"

namespace inzage::cli {

// Reads one password: from the terminal without echo after `prompt` (on
// standard error) when standard input is a terminal, else the first line
// of standard input. The line break is not part of the password. Ctrl-C at
// the prompt gives an Error with status kInterrupted, and the terminal's
// echo is restored either way.
Result<crypto::SecretBytes> ReadPassword(const std::string& prompt);

}  // namespace inzage::cli
