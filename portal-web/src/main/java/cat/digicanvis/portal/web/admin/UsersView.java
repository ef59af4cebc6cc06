package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AccountView;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Accounts and their roles (admin/users.xhtml). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminService admin;
    @Inject
    CurrentUser me;

    private String query;
    private List<AccountView> accounts;

    public void load() {
        if (accounts == null) {
            search();
        }
    }

    public void search() {
        accounts = admin.accounts(me.actor(), query, 0);
    }

    private interface Change {
        void run(AccountView a);
    }

    private void change(AccountView a, Change c) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            c.run(a);
            Messages.info(ctx, Messages.text(ctx, "admin.saved"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "admin.conflict"));
        }
        search();
    }

    public void toggleModerator(AccountView a) {
        change(a, x -> admin.setRoles(me.actor(), x.id(), x.version(), !x.moderator(), x.administrator()));
    }

    public void toggleAdministrator(AccountView a) {
        change(a, x -> admin.setRoles(me.actor(), x.id(), x.version(), x.moderator(), !x.administrator()));
    }

    public void disable(AccountView a) {
        change(a, x -> admin.disable(me.actor(), x.id(), x.version()));
    }

    public void enable(AccountView a) {
        change(a, x -> admin.enable(me.actor(), x.id(), x.version()));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }
}
