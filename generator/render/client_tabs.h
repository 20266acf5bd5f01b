#pragma once

#include "loader/model.h"
#include "render/client_page_writer.h"

// One function per tab of the client dossier. Each renders the tab's page,
// at the route named by the tab id, and its detail pages.
namespace inzage::render {

void RenderGeneralTab(ClientPageWriter& writer, const loader::Client& client);
void RenderContactsTab(ClientPageWriter& writer, const loader::Client& client);
void RenderAgreementsTab(ClientPageWriter& writer,
                         const loader::Client& client);
void RenderMedicationTab(ClientPageWriter& writer,
                         const loader::Client& client);
void RenderReportsTab(ClientPageWriter& writer, const loader::Client& client);
void RenderPresenceTab(ClientPageWriter& writer, const loader::Client& client);
void RenderDossierTab(ClientPageWriter& writer, const loader::Client& client);
void RenderInvoicesTab(ClientPageWriter& writer, const loader::Client& client);

}  // namespace inzage::render
