#include "terminal.h"

#include <signal.h>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace inzage::cli {
namespace {

// Longest accepted password line; the policy needs far less.
constexpr std::size_t kMaxPasswordBytes = 1024;

void IgnoreInterrupt(int) {}

// Reads bytes up to a line break into guarded memory. Returns false when
// the read was interrupted.
bool ReadLine(crypto::SecretBytes& buffer, std::size_t& length, bool& ended) {
  length = 0;
  ended = false;
  while (length < buffer.size()) {
    char c = 0;
    const ssize_t count = ::read(STDIN_FILENO, &c, 1);
    if (count < 0 && errno == EINTR) {
      return false;
    }
    if (count <= 0) {
      ended = true;
      break;
    }
    if (c == '\n') {
      break;
    }
    buffer.data()[length++] = static_cast<std::uint8_t>(c);
  }
  if (length > 0 && buffer.data()[length - 1] == '\r') {
    --length;
  }
  return true;
}

}  // namespace

Result<crypto::SecretBytes> ReadPassword(const std::string& prompt) {
  const bool terminal = ::isatty(STDIN_FILENO);
  termios saved{};
  struct sigaction old_action {};
  if (terminal) {
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    // Without SA_RESTART, Ctrl-C makes read() return, so echo comes back.
    struct sigaction action {};
    action.sa_handler = IgnoreInterrupt;
    ::sigaction(SIGINT, &action, &old_action);
  }

  crypto::SecretBytes buffer(kMaxPasswordBytes);
  std::size_t length = 0;
  bool ended = false;
  const bool complete = ReadLine(buffer, length, ended);

  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    ::sigaction(SIGINT, &old_action, nullptr);
    std::fputs("\n", stderr);
  }
  if (!complete) {
    return Error{ExitStatus::kInterrupted, "interrupted"};
  }
  if (length == 0 && ended) {
    return Error{ExitStatus::kUsage,
                 "no password given: type it at the prompt, or pass it on "
                 "standard input"};
  }
  return crypto::SecretBytes::Copy(buffer.span().first(length));
}

}  // namespace inzage::cli
