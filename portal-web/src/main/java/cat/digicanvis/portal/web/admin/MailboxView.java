package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.mail.MailView;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The mail the portal sent or tries to send (admin/mail.xhtml), with delivery state. */
@Named
@RequestScoped
public class MailboxView {

    @Inject
    AdminService admin;
    @Inject
    CurrentUser me;

    private int page;
    private List<MailView> mails;

    public List<MailView> getMails() {
        if (mails == null) {
            mails = admin.mail(me.actor(), page);
        }
        return mails;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public boolean isMore() {
        return getMails().size() == AdminService.PAGE;
    }
}
