package cat.digicanvis.portal.web.request;

import cat.digicanvis.portal.application.request.ConversationService;
import cat.digicanvis.portal.application.request.ConversationView;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.IsoDays;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A forwarded request's conversation (account/conversation.xhtml?id=N): its lines, and the steps the reader may
 * take now, each a plain form that works without JavaScript and comes back to the page after it is taken.
 */
@Named
@ViewScoped
public class ConversationPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConversationService service;
    @Inject
    CurrentUser me;

    private String id;
    private ConversationView view;
    private String messageText;
    private String acceptDay;
    private String acceptNote;
    private String question;
    private String declineReason;
    private String proposeDay;
    private String proposeNote;
    private String cancelNote;
    private String outcome = "held";
    private String useful;
    private String outcomeNote;
    private boolean showName;

    public void load() {
        if (view != null) {
            return;
        }
        Long requestId = Pages.parseId(id);
        if (requestId == null) {
            Pages.notFound();
            return;
        }
        try {
            view = service.conversation(me.actor(), requestId);
            showName = view.actions().showingName();
            if (view.request().visit() && acceptDay == null) {
                LocalDate from = view.request().visitFrom();
                acceptDay = from != null && !from.isBefore(today()) ? IsoDays.shown(from.toString()) : null;
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    @FunctionalInterface
    private interface Step {
        void take();
    }

    /** Takes a step and comes back to the page (Post/Redirect/Get), or says why it was refused and keeps the text. */
    private void step(Step step, String doneKey) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            step.take();
            Pages.flash(Messages.text(ctx, doneKey));
            Pages.redirect("/account/conversation.xhtml?id=" + view.request().id());
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "requests.conflict"));
            view = service.conversation(me.actor(), view.request().id());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void sendMessage() {
        step(() -> service.message(me.actor(), requestId(), messageText), "conversation.message.sent");
    }

    public void accept() {
        step(() -> service.accept(me.actor(), requestId(), version(), view.request().visit() ? IsoDays.parse(acceptDay, "visitDate") : null,
                acceptNote), "conversation.accept.done");
    }

    public void askInformation() {
        step(() -> service.askInformation(me.actor(), requestId(), question), "conversation.ask.done");
    }

    public void decline() {
        step(() -> service.decline(me.actor(), requestId(), version(), declineReason), "conversation.decline.done");
    }

    public void proposeDate() {
        step(() -> service.proposeDate(me.actor(), requestId(), version(), IsoDays.parse(proposeDay, "visitDate"), proposeNote),
                "conversation.propose.done");
    }

    public void confirmDate() {
        step(() -> service.confirmDate(me.actor(), requestId(), version()), "conversation.confirm.done");
    }

    public void cancel() {
        step(() -> service.cancel(me.actor(), requestId(), version(), cancelNote), "conversation.cancel.done");
    }

    public void recordOutcome() {
        step(() -> service.recordOutcome(me.actor(), requestId(), version(), !"notHeld".equals(outcome),
                useful == null || useful.isBlank() ? null : "yes".equals(useful), outcomeNote),
                "conversation.outcome.done");
    }

    public void saveShowName() {
        step(() -> service.showName(me.actor(), requestId(), version(), showName), "conversation.showName.done");
    }

    private long requestId() {
        return view.request().id();
    }

    private int version() {
        return view.request().version();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Madrid"));
    }

    public LocalDate getFirstDay() {
        return today();
    }

    public LocalDate getLastDay() {
        return today().plusDays(ContactRequest.VISIT_HORIZON_DAYS);
    }

    public int getMessageMax() {
        return cat.digicanvis.portal.domain.model.request.RequestMessage.BODY_MAX;
    }

    public int getNoteMax() {
        return ContactRequest.NOTE_MAX;
    }

    public List<String> getOutcomes() {
        return List.of("held", "notHeld");
    }

    public ConversationView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMessageText() {
        return messageText;
    }

    public void setMessageText(String messageText) {
        this.messageText = messageText;
    }

    public String getAcceptDay() {
        return acceptDay;
    }

    public void setAcceptDay(String acceptDay) {
        this.acceptDay = acceptDay;
    }

    public String getAcceptNote() {
        return acceptNote;
    }

    public void setAcceptNote(String acceptNote) {
        this.acceptNote = acceptNote;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getProposeDay() {
        return proposeDay;
    }

    public void setProposeDay(String proposeDay) {
        this.proposeDay = proposeDay;
    }

    public String getProposeNote() {
        return proposeNote;
    }

    public void setProposeNote(String proposeNote) {
        this.proposeNote = proposeNote;
    }

    public String getCancelNote() {
        return cancelNote;
    }

    public void setCancelNote(String cancelNote) {
        this.cancelNote = cancelNote;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getUseful() {
        return useful;
    }

    public void setUseful(String useful) {
        this.useful = useful;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public boolean isShowName() {
        return showName;
    }

    public void setShowName(boolean showName) {
        this.showName = showName;
    }
}
