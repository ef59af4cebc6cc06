package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.audit.AuditView;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest administrative and editorial actions (admin/audit.xhtml?page=N). */
@Named
@RequestScoped
public class AuditLogView {

    @Inject
    AdminService admin;
    @Inject
    CurrentUser me;

    private int page;
    private List<AuditView> entries;

    public List<AuditView> getEntries() {
        if (entries == null) {
            entries = admin.audit(me.actor(), page);
        }
        return entries;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public boolean isMore() {
        return getEntries().size() == AdminService.PAGE;
    }
}
