package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.AccountView;
import cat.digicanvis.portal.application.sheet.SheetLinkView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The person's own account (account/settings.xhtml): name and language, password, email, signing out
 * everywhere, the sheets that list them as a contact, downloading their data and deleting the account.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;
    @Inject
    CurrentUser me;

    private AccountView account;
    private List<SheetLinkView> listedOn;
    private String displayName;
    private String language;
    private String current;
    private String password;
    private String confirmation;
    private String newEmail;
    private String emailPassword;
    private String deletePassword;
    private boolean removePosts;

    public void load() {
        if (account == null) {
            refresh();
            displayName = account.displayName();
            language = account.language();
        }
    }

    private void refresh() {
        account = accounts.me(me.actor());
        listedOn = accounts.listedOn(me.actor());
    }

    public void saveProfile() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.updateProfile(me.actor(), displayName, language);
            refresh();
            Messages.info(ctx, Messages.text(ctx, "settings.saved"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        }
    }

    public void changePassword() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            int epoch = accounts.changePassword(me.actor(), current, password, confirmation);
            Sessions.renew(Pages.request(), epoch);
            Messages.info(ctx, Messages.text(ctx, "settings.passwordChanged"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } finally {
            current = null;
            password = null;
            confirmation = null;
        }
    }

    public void changeEmail() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.requestEmailChange(me.actor(), emailPassword, newEmail);
            Messages.info(ctx, Messages.text(ctx, "settings.emailSent", newEmail.strip()));
            newEmail = null;
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } finally {
            emailPassword = null;
        }
    }

    public void signOutEverywhere() {
        accounts.signOutEverywhere(me.actor());
        Sessions.signOut(Pages.request());
        Pages.redirect("/account/login.xhtml");
    }

    public void removeMe(long sheetId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.removeMeAsContact(me.actor(), sheetId);
            refresh();
            Messages.info(ctx, Messages.text(ctx, "settings.contactRemoved"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** Sends the person's data as a JSON download. */
    public void export() {
        String json = accounts.exportData(me.actor());
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/json;charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"digicanvis-my-data.json\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        try {
            ext.getResponseOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    public void delete() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            accounts.deleteAccount(me.actor(), deletePassword, removePosts);
            Sessions.signOut(Pages.request());
            Pages.flash(Messages.text(ctx, "settings.deleted"));
            Pages.redirect("/");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } finally {
            deletePassword = null;
        }
    }

    public boolean isRemovePosts() {
        return removePosts;
    }

    public void setRemovePosts(boolean removePosts) {
        this.removePosts = removePosts;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<SheetLinkView> getListedOn() {
        return listedOn;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
