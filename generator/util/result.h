#pragma once

#include <string>
#include <utility>
#include <variant>

namespace inzage {

// Exit statuses shared by every command; --help and docs/cli.md list them.
enum class ExitStatus : int {
  kSuccess = 0,
  kNoOrPartial = 1,  // the job ran and the result is no, or only partly done
  kUsage = 2,
  kInput = 3,        // the input data made the job impossible
  kEnvironment = 4,  // files, permissions, key store
  kInternal = 70,
  kInterrupted = 130,
};

// An expected failure: what went wrong, in a message that can be printed as
// it is, and which exit status it leads to.
struct Error {
  ExitStatus status = ExitStatus::kInternal;
  std::string message;
};

// A value or an Error, for functions whose failure is part of normal use.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace inzage
