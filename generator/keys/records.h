#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "keys/key_store.h"

// Reading and writing the YAML files of the key store. Secrets are written
// as base64 and read back into SecretBytes. Every file is written 0600
// through a temporary file and a rename.
namespace inzage::keys {

Result<ProviderKeys> ReadProviderKeys(const std::filesystem::path& file,
                                      const std::string& display);
std::string WriteProviderKeys(const std::filesystem::path& file,
                              const ProviderKeys& keys);

// A missing clients.yaml is an empty map: no client has been built yet.
Result<std::map<std::string, ClientKey>> ReadClientKeys(
    const std::filesystem::path& file, const std::string& display);
std::string WriteClientKeys(const std::filesystem::path& file,
                            const std::map<std::string, ClientKey>& keys);

Result<UserRecord> ReadUserRecord(const std::filesystem::path& file,
                                  const std::string& display,
                                  const std::string& username);
std::string WriteUserRecord(const std::filesystem::path& file,
                            const UserRecord& user);

}  // namespace inzage::keys
