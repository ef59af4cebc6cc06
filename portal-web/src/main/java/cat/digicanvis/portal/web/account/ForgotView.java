package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Asks for a password-reset link (account/forgot.xhtml); the answer is the same for any address. */
@Named
@RequestScoped
public class ForgotView {

    @Inject
    AccountService accounts;

    private String email;

    public void send() {
        try {
            accounts.requestPasswordReset(email, cat.digicanvis.portal.web.support.Pages.clientAddress());
            // Post/Redirect/Get: the back button and a reload do not send the form again
            cat.digicanvis.portal.web.support.Pages.redirect("/account/forgot.xhtml?sent=1");
        } catch (RuleViolationException e) {
            Messages.violations(FacesContext.getCurrentInstance(), e.violations());
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDone() {
        return "1".equals(cat.digicanvis.portal.web.support.Pages.request().getParameter("sent"));
    }
}
