package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Signs out by a form (a POST with the view state), so another site cannot sign people out. */
@Named
@RequestScoped
public class SignOutView {

    public void signOut() {
        Sessions.signOut(Pages.request());
        Pages.redirect("/");
    }
}
