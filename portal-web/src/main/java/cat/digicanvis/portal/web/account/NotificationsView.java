package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.MailSettingsView;
import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.application.forum.NotificationView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The bell in the header (its unread count, rendered by the server: no polling) and the notifications page
 * (account/notifications.xhtml): the latest 50, and "mark all as read". Opening a topic marks its ones read.
 */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private Long unread;
    private List<NotificationView> latest;
    private MailSettingsView mailSettings;
    private MailFrequency direct;
    private MailFrequency other;

    public long getUnread() {
        if (unread == null) {
            unread = me.isSignedIn() ? forum.unreadNotifications(me.actor()) : 0L;
        }
        return unread;
    }

    public List<NotificationView> getLatest() {
        if (latest == null) {
            try {
                latest = forum.notifications(me.actor());
            } catch (AccessDeniedException e) {
                Pages.forbidden();
                latest = List.of();
            }
        }
        return latest;
    }

    /** The person's forum mail choices and handle. */
    public MailSettingsView getMailSettings() {
        if (mailSettings == null) {
            mailSettings = forum.mailSettings(me.actor());
        }
        return mailSettings;
    }

    public MailFrequency getDirect() {
        return direct == null ? getMailSettings().direct() : direct;
    }

    public void setDirect(MailFrequency direct) {
        this.direct = direct;
    }

    public MailFrequency getOther() {
        return other == null ? getMailSettings().other() : other;
    }

    public void setOther(MailFrequency other) {
        this.other = other;
    }

    public List<MailFrequency> getFrequencies() {
        return List.of(MailFrequency.values());
    }

    public void saveMail() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            forum.saveMailSettings(me.actor(), direct, other);
            Pages.flash(Messages.text(ctx, "notifications.mail.saved"));
            Pages.redirect("/account/notifications.xhtml#mail");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void markAllRead() {
        try {
            forum.markAllRead(me.actor());
            Pages.flash(Messages.text(FacesContext.getCurrentInstance(), "notifications.allRead"));
            Pages.redirect("/account/notifications.xhtml");
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }
}
