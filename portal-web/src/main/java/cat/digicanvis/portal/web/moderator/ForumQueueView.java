package cat.digicanvis.portal.web.moderator;

import cat.digicanvis.portal.application.forum.ForumModerationService;
import cat.digicanvis.portal.application.forum.QueueItemView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.PagedList;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderators' queue (moderator/forum.xhtml): newcomers' posts waiting for approval and flagged posts,
 * oldest first, in a lazy table that reads one page at a time; and silencing a person.
 */
@Named
@ViewScoped
public class ForumQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumModerationService moderation;
    @Inject
    CurrentUser me;

    private PagedList<QueueItemView> queue;
    private final Map<Long, String> reasons = new HashMap<>();
    private String silenceEmail;
    private String silenceDays = "1";
    private String silenceReason;

    public void load() {
        if (queue != null) {
            return;
        }
        try {
            moderation.queueSize(me.actor());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return;
        }
        // a page at a time; the count comes from the database too
        ForumModerationService service = moderation;
        CurrentUser who = me;
        queue = new PagedList<>((first, max) -> service.queue(who.actor(), first, max),
                () -> service.queueSize(who.actor()), item -> item.post().id());
    }

    public void approve(long postId, int version) {
        act(() -> moderation.approve(me.actor(), postId, version), "forum.approved");
    }

    public void dismiss(long postId, int version) {
        act(() -> moderation.dismissFlags(me.actor(), postId, version), "forum.dismissed");
    }

    public void hide(long postId, int version) {
        act(() -> moderation.hide(me.actor(), postId, version, reasons.get(postId)), "forum.hidden");
    }

    public void delete(long postId, int version) {
        act(() -> moderation.delete(me.actor(), postId, version), "forum.deleted");
    }

    public void silence() {
        int days;
        try {
            days = Integer.parseInt(silenceDays);
        } catch (NumberFormatException e) {
            days = 0;
        }
        int d = days;
        act(() -> moderation.silence(me.actor(), silenceEmail, d, silenceReason), "forum.silencedDone");
    }

    private void act(Runnable action, String doneKey) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            action.run();
            Pages.flash(Messages.text(ctx, doneKey));
            Pages.redirect("/moderator/forum.xhtml");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.concurrent"));
        } catch (NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "forum.gone"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<Integer> getSilenceOptions() {
        return List.of(1, 7, 30);
    }

    public PagedList<QueueItemView> getQueue() {
        return queue;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getSilenceEmail() {
        return silenceEmail;
    }

    public void setSilenceEmail(String silenceEmail) {
        this.silenceEmail = silenceEmail;
    }

    public String getSilenceDays() {
        return silenceDays;
    }

    public void setSilenceDays(String silenceDays) {
        this.silenceDays = silenceDays;
    }

    public String getSilenceReason() {
        return silenceReason;
    }

    public void setSilenceReason(String silenceReason) {
        this.silenceReason = silenceReason;
    }
}
