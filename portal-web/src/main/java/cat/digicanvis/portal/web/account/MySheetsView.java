package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.sheet.MySheetView;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The sheets a person writes, in every state, with the editors' comments (account/sheets.xhtml). */
@Named
@RequestScoped
public class MySheetsView {

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private List<MySheetView> mine;

    public List<MySheetView> getSheets() {
        if (mine == null) {
            mine = sheets.mine(me.actor());
        }
        return mine;
    }
}
