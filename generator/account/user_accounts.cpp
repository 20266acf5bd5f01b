#include "account/user_accounts.h"

#include "crypto/keyring.h"
#include "util/clock.h"

namespace inzage::account {

Result<keys::UserRecord> NewUserRecord(const keys::KeyStore& store,
                                       const std::string& username,
                                       const crypto::SecretBytes& password,
                                       const crypto::LoginCost& cost) {
  auto login = crypto::DeriveLoginKeys(store.provider().site_id, username,
                                       password.view(), cost);
  if (!login) {
    return Error{ExitStatus::kEnvironment,
                 "Argon2id could not allocate its memory (" +
                     std::to_string(cost.mem_bytes >> 20) + " MiB)"};
  }

  const auto keyring = crypto::Keyring::Generate(true);
  keys::UserRecord user;
  user.username = username;
  user.box_public = keyring.box.public_key;
  user.sign_public = keyring.sign.public_key;
  user.locator_hex = login->LocatorHex();
  user.sealed_keyring = crypto::SealKeyring(keyring, *login);
  user.must_change_password = true;
  user.login_ops = cost.ops;
  user.login_mem_bytes = cost.mem_bytes;
  user.created = NowIso();
  user.password_changed = user.created;
  return user;
}

}  // namespace inzage::account
