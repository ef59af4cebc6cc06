package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Chooses a new password from a mailed link (account/reset.xhtml?token=…). */
@Named
@RequestScoped
public class ResetView {

    @Inject
    AccountService accounts;

    private String token;
    private Boolean usable;
    private String password;
    private String confirmation;

    /** The token: from the link's query on the first visit, from the form's hidden field when it is posted. */
    @jakarta.annotation.PostConstruct
    void init() {
        token = Pages.request().getParameter("token");
    }

    public void reset() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.resetPassword(token, password, confirmation);
            Pages.flash(Messages.text(ctx, "reset.done"));
            Pages.redirect("/account/login.xhtml");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        if (usable == null) {
            usable = accounts.resetTokenUsable(token);
        }
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
