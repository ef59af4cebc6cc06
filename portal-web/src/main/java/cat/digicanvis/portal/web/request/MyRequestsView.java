package cat.digicanvis.portal.web.request;

import cat.digicanvis.portal.application.request.ContactRequestService;
import cat.digicanvis.portal.application.request.ContactRequestView;
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

/** The requests a person sent (withdrawable while pending) and those their bodies received (account/requests.xhtml). */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactRequestService service;
    @Inject
    CurrentUser me;

    private List<ContactRequestView> sent;
    private List<ContactRequestView> received;

    public void load() {
        if (sent == null) {
            refresh();
        }
    }

    private void refresh() {
        sent = service.sent(me.actor());
        received = service.received(me.actor());
    }

    public void withdraw(ContactRequestView r) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            service.withdraw(me.actor(), r.id(), r.version());
            Messages.info(ctx, Messages.text(ctx, "requests.withdrawn"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "requests.conflict"));
        }
        refresh();
    }

    public List<ContactRequestView> getSent() {
        return sent;
    }

    public List<ContactRequestView> getReceived() {
        return received;
    }
}
