package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The sign-in page (account/login.xhtml). Messages never tell whether the email is registered. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    AccountService accounts;

    private String email;
    private String password;
    private String back;

    public void signIn() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        SignInOutcome o = accounts.signIn(email, password, Pages.clientAddress());
        password = null;
        switch (o.kind()) {
            case SIGNED_IN -> {
                Sessions.signIn(Pages.request(), o.actor(), o.sessionEpoch());
                Pages.redirect(Pages.safeBack(back));
            }
            default -> {
                Messages.error(ctx, Sessions.refusal(o, ctx.getViewRoot().getLocale()));
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

}
