#pragma once

#include <string>

#include "crypto/login_kdf.h"
#include "crypto/secret_bytes.h"
#include "keys/key_store.h"
#include "util/result.h"

// Creating users and setting their passwords in the key store.
namespace inzage::account {

// A new user record with fresh key pairs and its keyring sealed under
// `password`. The keyring's must-change flag is set, because the provider
// chose the password. The record is not saved.
Result<keys::UserRecord> NewUserRecord(const keys::KeyStore& store,
                                       const std::string& username,
                                       const crypto::SecretBytes& password,
                                       const crypto::LoginCost& cost);

}  // namespace inzage::account
