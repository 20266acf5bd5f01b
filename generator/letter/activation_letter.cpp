#include "letter/activation_letter.h"

#include <podofo/podofo.h>

#include <vector>

#include "util/files.h"

namespace inzage::letter {
namespace {

using namespace PoDoFo;

// Debian's fonts-dejavu-core; the letter embeds a subset of them.
constexpr const char* kTextFont =
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kCodeFont =
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

// The letter's sentences in both site languages; {name}-style fields are
// filled in by Fill().
struct Wording {
  const char* title;
  const char* greeting;
  const char* intro;
  const char* address_label;
  const char* username_label;
  const char* password_label;
  const char* first_login;
  const char* keep_safe;
};

constexpr Wording kDutch = {
    "Uw toegang tot {provider}",
    "Beste {name},",
    "U kunt het dossier nu online inzien. Ga in uw browser naar het adres "
    "hieronder en log in met deze gegevens.",
    "Adres",
    "Gebruikersnaam",
    "Eerste wachtwoord",
    "Bij de eerste keer inloggen kiest u zelf een nieuw wachtwoord. Daarna "
    "werkt dit wachtwoord niet meer.",
    "Bewaar deze brief niet bij uw computer of telefoon, en vernietig hem "
    "nadat u uw eigen wachtwoord hebt gekozen.",
};

constexpr Wording kEnglish = {
    "Your access to {provider}",
    "Dear {name},",
    "You can now read the dossier online. Open the address below in your "
    "browser and log in with these details.",
    "Address",
    "User name",
    "Initial password",
    "At the first login you choose a new password of your own. After that, "
    "this password no longer works.",
    "Do not keep this letter with your computer or phone, and destroy it "
    "once you have chosen your own password.",
};

std::string Fill(std::string pattern, const LetterText& text) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"{provider}", &text.provider}, {"{name}", &text.display_name}};
  for (const auto& [field, value] : fields) {
    for (auto at = pattern.find(field); at != std::string::npos;
         at = pattern.find(field, at + value->size())) {
      pattern.replace(at, std::string(field).size(), *value);
    }
  }
  return pattern;
}

PdfString Utf8(const std::string& text) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

void DrawLetter(PdfMemDocument& document, const LetterText& text) {
  const Wording& words = text.language == "en" ? kEnglish : kDutch;
  const PdfEncoding* unicode = PdfEncodingFactory::GlobalIdentityEncodingInstance();
  PdfFont* body = document.CreateFontSubset("DejaVu Sans", false, false, false,
                                            unicode, kTextFont);
  PdfFont* code = document.CreateFontSubset("DejaVu Sans Mono", false, false,
                                            false, unicode, kCodeFont);
  if (body == nullptr || code == nullptr) {
    PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidHandle, "font not found");
  }

  PdfPage* page =
      document.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
  PdfPainter painter;
  painter.SetPage(page);
  const double left = 72;
  const double width = page->GetPageSize().GetWidth() - 2 * left;
  double y = page->GetPageSize().GetHeight() - 96;

  body->SetFontSize(18);
  painter.SetFont(body);
  painter.DrawText(left, y, Utf8(Fill(words.title, text)));
  y -= 48;

  body->SetFontSize(11);
  painter.SetFont(body);
  painter.DrawText(left, y, Utf8(Fill(words.greeting, text)));
  y -= 40;
  painter.DrawMultiLineText(left, y - 20, width, 40, Utf8(words.intro));
  y -= 56;

  const std::pair<const char*, const std::string*> details[] = {
      {words.address_label, &text.site_url},
      {words.username_label, &text.username},
      {words.password_label, &text.password}};
  for (const auto& [label, value] : details) {
    painter.SetFont(body);
    painter.DrawText(left, y, Utf8(label));
    code->SetFontSize(13);
    painter.SetFont(code);
    painter.DrawText(left + 140, y, Utf8(*value));
    y -= 24;
  }

  y -= 24;
  painter.SetFont(body);
  painter.DrawMultiLineText(left, y - 20, width, 40, Utf8(words.first_login));
  y -= 56;
  painter.DrawMultiLineText(left, y - 20, width, 40, Utf8(words.keep_safe));
  painter.FinishPage();

  document.GetInfo()->SetTitle(Utf8(Fill(words.title, text)));
  document.GetInfo()->SetCreator(PdfString("Inzage"));
  document.EmbedSubsetFonts();
}

}  // namespace

Result<bool> WriteActivationLetter(const std::filesystem::path& file,
                                   const LetterText& text) {
  std::vector<char> bytes;
  try {
    PdfMemDocument document;
    DrawLetter(document, text);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    document.Write(&device);
    bytes.assign(buffer.GetBuffer(), buffer.GetBuffer() + buffer.GetSize());
  } catch (const PdfError& error) {
    return Error{ExitStatus::kEnvironment,
                 "cannot make the activation letter: " +
                     std::string(PdfError::ErrorMessage(error.GetError()))};
  }

  const std::string problem = WriteFileAtomic(
      file, std::string_view(bytes.data(), bytes.size()), 0600);
  if (!problem.empty()) {
    return Error{ExitStatus::kEnvironment, problem};
  }
  return true;
}

}  // namespace inzage::letter
