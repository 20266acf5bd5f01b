#include "drops/drop.h"

#include <sodium.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <regex>

#include "util/json_writer.h"

namespace inzage::drops {
namespace {

Error Rejected(std::string reason) {
  return {ExitStatus::kNoOrPartial, std::move(reason)};
}

crypto::Bytes SignedBytes(std::span<const std::uint8_t> payload) {
  crypto::Bytes bytes(kSignaturePrefix.size() + payload.size());
  auto end = std::copy(kSignaturePrefix.begin(), kSignaturePrefix.end(),
                       bytes.begin());
  std::copy(payload.begin(), payload.end(), end);
  return bytes;
}

bool VerifySignature(std::span<const std::uint8_t> payload,
                     std::span<const std::uint8_t> signature,
                     const crypto::PublicKey& key) {
  const crypto::Bytes signed_bytes = SignedBytes(payload);
  return signature.size() == crypto_sign_BYTES &&
         crypto_sign_verify_detached(signature.data(), signed_bytes.data(),
                                     signed_bytes.size(), key.data()) == 0;
}

// A member of a JSON object as text, or "" when the node is no object or
// the member is missing or not a scalar.
std::string Field(const YAML::Node& node, const char* key) {
  if (!node.IsMap()) {
    return "";
  }
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.Scalar() : "";
}

// Whether `time` is a real UTC time as YYYY-MM-DDTHH:MM:SS[.fff]Z.
bool IsUtcTime(const std::string& time) {
  static const std::regex kTime(
      "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?Z");
  std::smatch parts;
  if (!std::regex_match(time, parts, kTime)) {
    return false;
  }
  const int year = std::stoi(parts[1]);
  const int month = std::stoi(parts[2]);
  const int day = std::stoi(parts[3]);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap)) {
    return false;
  }
  return std::stoi(parts[4]) < 24 && std::stoi(parts[5]) < 60 &&
         std::stoi(parts[6]) < 60;
}

}  // namespace

Result<VerifiedDrop> OpenDrop(std::span<const std::uint8_t> file,
                              const keys::KeyStore& store) {
  if (file.size() > kMaxDropSize) {
    return Rejected("the file is larger than any drop (" +
                    std::to_string(kMaxDropSize / 1024) + " KiB)");
  }
  if (file.size() < kDropMagic.size() ||
      std::memcmp(file.data(), kDropMagic.data(), kDropMagic.size()) != 0) {
    return Rejected("not an Inzage drop file (wrong or missing header)");
  }
  auto envelope_bytes =
      crypto::OpenSealed(store.provider().drop, file.subspan(kDropMagic.size()));
  if (!envelope_bytes) {
    return Rejected("the drop is not sealed to this site's drop key, or it "
                   "was changed on the way");
  }

  YAML::Node envelope;
  try {
    envelope = YAML::Load(std::string(envelope_bytes->begin(),
                                      envelope_bytes->end()));
  } catch (const YAML::Exception&) {
    return Rejected("the drop's envelope is not valid JSON");
  }
  const std::string user = Field(envelope, "user");
  auto payload = crypto::FromBase64(Field(envelope, "payload"));
  auto signature = crypto::FromBase64(Field(envelope, "signature"));
  if (Field(envelope, "format") != "1" || user.empty() || !payload ||
      !signature) {
    return Rejected("the drop's envelope lacks 'format' 1, 'user', 'payload' "
                   "or 'signature'");
  }

  auto record = store.LoadUser(user);
  if (!record) {
    return Rejected("the drop names user '" + user +
                   "', who is not in the key store");
  }
  if (!VerifySignature(*payload, *signature, record->sign_public)) {
    return Rejected("the signature of user '" + user + "' does not verify");
  }

  VerifiedDrop drop;
  drop.user = user;
  drop.payload_json.assign(payload->begin(), payload->end());
  YAML::Node body;
  try {
    body = YAML::Load(drop.payload_json);
  } catch (const YAML::Exception&) {
    return Rejected("the drop's payload is not valid JSON");
  }
  drop.kind = Field(body, "kind");
  drop.id = Field(body, "id");
  drop.time = Field(body, "time");
  static const std::regex kId("[0-9a-f]{32}");
  if (Field(body, "format") != "1" || Field(body, "user") != user ||
      !std::regex_match(drop.id, kId) || !IsUtcTime(drop.time) ||
      drop.kind.empty()) {
    return Rejected("the drop's payload lacks 'format' 1, the signer as "
                   "'user', a 32-hex 'id', a UTC 'time' or a 'kind'");
  }
  const auto& applied = record->applied_drops;
  if (std::find(applied.begin(), applied.end(), drop.id) != applied.end()) {
    return Rejected("this file was applied before (drop '" + drop.id +
                    "' of user '" + user + "'), and each one counts once");
  }
  return drop;
}

crypto::Bytes SealDrop(const std::string& user,
                       const std::string& payload_json,
                       const crypto::SignKeyPair& user_key,
                       const crypto::PublicKey& provider_drop_key) {
  const auto payload = crypto::AsBytes(payload_json);
  const crypto::Bytes signed_bytes = SignedBytes(payload);
  crypto::SecretBytes secret(crypto_sign_SECRETKEYBYTES);
  crypto::PublicKey public_key{};
  crypto_sign_seed_keypair(public_key.data(), secret.data(),
                           user_key.seed.data());
  std::uint8_t signature[crypto_sign_BYTES];
  crypto_sign_detached(signature, nullptr, signed_bytes.data(),
                       signed_bytes.size(), secret.data());

  JsonWriter envelope;
  envelope.BeginObject().Key("format").Number(1).Key("user").String(user);
  envelope.Key("payload").String(crypto::ToBase64(payload));
  envelope.Key("signature").String(crypto::ToBase64(signature)).EndObject();

  crypto::Bytes file(kDropMagic.begin(), kDropMagic.end());
  const crypto::Bytes sealed = crypto::SealToPublicKey(
      provider_drop_key, crypto::AsBytes(envelope.text()));
  file.insert(file.end(), sealed.begin(), sealed.end());
  return file;
}

std::string NewDropId() {
  std::uint8_t id[16];
  randombytes_buf(id, sizeof id);
  return crypto::ToHex(id);
}

}  // namespace inzage::drops
