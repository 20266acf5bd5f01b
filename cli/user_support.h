#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "keys/key_store.h"
#include "loader/export_loader.h"
#include "options.h"

// Steps that several user commands share.
namespace inzage::cli {

// Prints the error and returns its exit status.
int Fail(const Error& error, std::ostream& err);

// The one user name argument of a command, normalised; an Error with the
// usage status when it is missing or invalid.
Result<std::string> UserNameArgument(const ParsedArgs& args,
                                     const std::string& command,
                                     std::size_t count);

// Opens the key store of --keys.
Result<keys::KeyStore> OpenKeyStore(const ParsedArgs& args);

// Loads the export of --content; an Error when site.yaml is not usable.
Result<loader::LoadedExport> LoadExportSettings(const ParsedArgs& args,
                                                std::ostream& err);

// Loads a user's record. The error for an unknown user names the commands
// that list and add users.
Result<keys::UserRecord> LoadExistingUser(const keys::KeyStore& store,
                                          const std::string& username);

// Prints a new initial password the way 'user add' and 'user reset' do.
void PrintInitialPassword(const std::string& username,
                          const std::string& password, bool quiet,
                          std::ostream& out);

}  // namespace inzage::cli
