package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.model.account.PasswordPolicy;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sign-up (account/signup.xhtml): the same answer whether or not the email was already registered. */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    AccountService accounts;

    private String email;
    private String displayName;
    private String password;
    private String confirmation;

    public void signUp() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.signUp(email, displayName, password, confirmation, ctx.getViewRoot().getLocale().getLanguage(),
                    cat.digicanvis.portal.web.support.Pages.clientAddress());
            // Post/Redirect/Get: the back button and a reload do not send the form again
            cat.digicanvis.portal.web.support.Pages.redirect("/account/signup.xhtml?sent=1");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    /** After a sign-up, the page the browser is sent to ({@code ?sent=1}) says to check the mail. */
    public boolean isDone() {
        return "1".equals(cat.digicanvis.portal.web.support.Pages.request().getParameter("sent"));
    }
}
