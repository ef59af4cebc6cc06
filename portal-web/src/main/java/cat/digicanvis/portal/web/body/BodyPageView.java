package cat.digicanvis.portal.web.body;

import cat.digicanvis.portal.application.body.BodyView;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A local body's page (body/view.xhtml?id=N): its data and its published sheets. */
@Named
@RequestScoped
public class BodyPageView {

    @Inject
    LocalBodyService bodies;

    private String id;
    private BodyView body;

    public void load() {
        Long bodyId = Pages.parseId(id);
        if (bodyId == null) {
            Pages.notFound();
            return;
        }
        try {
            body = bodies.view(bodyId);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BodyView getBody() {
        return body;
    }
}
