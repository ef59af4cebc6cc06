package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AccountView;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.domain.model.account.AccountOrder;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.PagedList;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** Accounts and their roles (admin/users.xhtml). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, AccountOrder> ORDERS = Map.of("email", AccountOrder.EMAIL,
            "displayName", AccountOrder.NAME, "status", AccountOrder.STATUS, "createdAt", AccountOrder.CREATED,
            "lastLoginAt", AccountOrder.LAST_LOGIN);

    @Inject
    AdminService admin;
    @Inject
    CurrentUser me;

    private String query;
    private PagedList<AccountView> accounts;

    public void load() {
        if (accounts == null) {
            search();
        }
    }

    /**
     * A new search starts the table again from its first page: the accounts a page at a time, in the order of the
     * column the administrator sorts by (the address unless another is chosen).
     */
    public void search() {
        String text = query;
        accounts = PagedList.sorted(ORDERS, AccountOrder.EMAIL,
                (order, ascending, first, max) -> admin.accounts(me.actor(), text, order, ascending, first, max),
                () -> admin.accountCount(me.actor(), text), AccountView::id);
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

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }
}
