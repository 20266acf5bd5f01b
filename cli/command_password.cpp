#include <ostream>

#include "account/password_policy.h"
#include "commands.h"
#include "render/locale.h"
#include "terminal.h"
#include "user_support.h"

namespace inzage::cli {
namespace {

// A text in the site's language from the theme's locale file, or
// `english` where the site or the file has none.
std::string Localised(const render::Locale* locale, const std::string& key,
                      std::string_view english) {
  if (locale != nullptr && locale->Text(key) != key) {
    return locale->Text(key);
  }
  return std::string(english);
}

std::optional<render::Locale> SiteLocale(const ParsedArgs& args) {
  const auto content = ContentPlace(args);
  auto loaded = loader::LoadExport(content.path, content.display);
  const std::string language = loaded.site ? loaded.site->language : "nl";
  Diagnostics ignored;
  return render::Locale::Load(
      std::filesystem::path(ThemePath(args)) / "locales" / (language + ".json"),
      ignored);
}

int RunPasswordCheck(const ParsedArgs& args, std::ostream& out,
                     std::ostream& err) {
  if (!args.positional.empty()) {
    return Fail({ExitStatus::kUsage,
                 "'password check' takes no arguments: a password on the "
                 "command line would end up in the shell's history; type it "
                 "at the prompt or pass it on standard input"},
                err);
  }
  auto password = ReadPassword("Password: ");
  if (!password) {
    return Fail(password.error(), err);
  }
  const auto failed = account::CheckPassword(password->view());
  const auto locale = SiteLocale(args);
  const render::Locale* texts = locale ? &*locale : nullptr;
  if (failed.empty()) {
    out << Localised(texts, "password.verdict_ok",
                     "the password meets every rule")
        << '\n';
    return 0;
  }
  out << Localised(texts, "password.verdict_failed",
                   "the password breaks these rules:")
      << '\n';
  for (const auto rule : failed) {
    const std::string id(account::RuleId(rule));
    out << "  - "
        << Localised(texts, "password.rules." + id,
                     account::RuleDescription(rule))
        << " (" << id << ")\n";
  }
  return static_cast<int>(ExitStatus::kNoOrPartial);
}

int RunPasswordGenerate(const ParsedArgs& args, std::ostream& out,
                        std::ostream& err) {
  if (!args.positional.empty()) {
    return Fail({ExitStatus::kUsage, "'password generate' takes no arguments"},
                err);
  }
  out << account::GeneratePassword() << '\n';
  return 0;
}

}  // namespace

Command PasswordCheckCommand() {
  std::vector<OptionSpec> options = {
      FolderOptions()[0],
      {"--theme", "", "DIR", "the theme whose texts to use"}};
  const auto& output = OutputOptions();
  options.insert(options.end(), output.begin(), output.end());
  return {"password check", "",
          "Check a password against the policy; exit 0 if it passes",
          "Reads the password from the terminal without echo, or the first\n"
          "line of standard input, and lists every rule it breaks, in the\n"
          "site's language: at least 8 characters; a digit, an upper-case\n"
          "and a lower-case letter and one of ! ? @ % $; nothing but ASCII\n"
          "letters, digits and those five signs. Exit status 1 when a rule\n"
          "fails.\n",
          options, RunPasswordCheck};
}

Command PasswordGenerateCommand() {
  return {"password generate", "",
          "Print a random password that passes the policy",
          "16 characters without look-alikes (no 0, O, 1, l or I): about 94\n"
          "bits, beyond guessing at any login cost.\n",
          {OutputOptions()[2]}, RunPasswordGenerate};
}

}  // namespace inzage::cli
