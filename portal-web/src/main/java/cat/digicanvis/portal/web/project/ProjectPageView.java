package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.sheet.ContactDetailView;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A published sheet's page (project/view.xhtml?id=N). */
@Named
@RequestScoped
public class ProjectPageView {

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private String id;
    private SheetView sheet;

    /** Loads the sheet, or answers 404 for an unknown, unpublished or malformed id. */
    public void load() {
        Long sheetId = Pages.parseId(id);
        if (sheetId == null) {
            Pages.notFound();
            return;
        }
        try {
            sheet = sheets.view(sheetId);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SheetView getSheet() {
        return sheet;
    }

    private java.util.List<ContactDetailView> details;

    /** Emails and phones of the contact people, only for verified members (the service checks). */
    public java.util.List<ContactDetailView> getContactDetails() {
        if (details == null) {
            details = sheet == null || !me.isContactsVisible() ? java.util.List.of()
                    : sheets.contactDetails(me.actor(), sheet.id());
        }
        return details;
    }
}
