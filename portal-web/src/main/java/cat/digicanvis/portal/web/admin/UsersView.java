package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AccountView;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.domain.model.account.AccountOrder;
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
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
    private Accounts accounts;

    public void load() {
        if (accounts == null) {
            search();
        }
    }

    /** A new search starts the table again from its first page. */
    public void search() {
        accounts = new Accounts(admin, me, query);
    }

    /**
     * The accounts a page at a time, in the order of the column the administrator sorts by (the address unless
     * another is chosen); the total comes from the database, so no list stops silently at a limit.
     */
    static final class Accounts extends LazyDataModel<AccountView> {

        private static final long serialVersionUID = 1L;
        private static final Map<String, AccountOrder> ORDERS = Map.of("email", AccountOrder.EMAIL,
                "displayName", AccountOrder.NAME, "status", AccountOrder.STATUS, "createdAt", AccountOrder.CREATED,
                "lastLoginAt", AccountOrder.LAST_LOGIN);
        private final AdminService admin;
        private final CurrentUser me;
        private final String query;

        Accounts(AdminService admin, CurrentUser me, String query) {
            this.admin = admin;
            this.me = me;
            this.query = query;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, admin.accountCount(me.actor(), query));
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            AccountOrder order = sort == null ? AccountOrder.EMAIL : ORDERS.getOrDefault(sort.getField(), AccountOrder.EMAIL);
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return admin.accounts(me.actor(), query, order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(AccountView account) {
            return String.valueOf(account.id());
        }

        @Override
        public AccountView getRowData(String rowKey) {
            return null;
        }
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
