#include "drops/password_change.h"

#include <yaml-cpp/yaml.h>

#include <regex>

#include "crypto/keyring.h"
#include "util/clock.h"

namespace inzage::drops {
namespace {

// A browser's clock may be ahead of the provider's, but not by a day.
constexpr long kClockSkewSeconds = 24 * 60 * 60;
// Applied drop ids kept per user; older ids are also refused by their time.
constexpr std::size_t kAppliedDropsKept = 100;

Error Rejected(std::string reason) {
  return {ExitStatus::kNoOrPartial, std::move(reason)};
}

// "YYYY-MM-DDTHH:MM:SS" of an ISO time, which sorts as text.
std::string Seconds(const std::string& time) { return time.substr(0, 19); }

}  // namespace

Result<keys::UserRecord> ApplyPasswordChange(const VerifiedDrop& drop,
                                             const keys::KeyStore& store) {
  if (drop.kind != "password") {
    return Rejected("drop '" + drop.id + "' is a '" + drop.kind +
                   "' drop, not a password change");
  }
  auto record = store.LoadUser(drop.user);
  if (!record) {
    return record.error();
  }
  if (record->disabled) {
    return Rejected("user '" + drop.user + "' is disabled");
  }

  std::string locator;
  std::optional<crypto::Bytes> keyring;
  try {
    const YAML::Node body = YAML::Load(drop.payload_json);
    locator = body["locator"].as<std::string>("");
    keyring = crypto::FromBase64(body["keyring"].as<std::string>(""));
  } catch (const YAML::Exception&) {
  }
  static const std::regex kLocator("[0-9a-f]{32}");
  if (!std::regex_match(locator, kLocator) || !keyring ||
      keyring->size() != crypto::kSealedKeyringSize) {
    return Rejected("password change '" + drop.id +
                   "' lacks a 32-hex 'locator' or a sealed 'keyring' of 106 "
                   "bytes");
  }
  if (Seconds(drop.time) < Seconds(record->password_changed)) {
    return Rejected("password change '" + drop.id + "' of " + drop.time +
                   " is older than the last change of user '" + drop.user +
                   "' (" + record->password_changed + ")");
  }
  if (Seconds(drop.time) > Seconds(IsoTimeFromNow(kClockSkewSeconds))) {
    return Rejected("password change '" + drop.id + "' is dated " + drop.time +
                   ", more than a day in the future");
  }

  record->locator_hex = locator;
  record->sealed_keyring = std::move(*keyring);
  record->must_change_password = false;
  record->password_changed = drop.time;
  record->applied_drops.push_back(drop.id);
  if (record->applied_drops.size() > kAppliedDropsKept) {
    record->applied_drops.erase(record->applied_drops.begin());
  }
  if (auto saved = store.SaveUser(*record); !saved) {
    return saved.error();
  }
  return record;
}

}  // namespace inzage::drops
