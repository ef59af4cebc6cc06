package cat.digicanvis.portal.web.editor;

import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.QueueItemView;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The editor's queue (editor/queue.xhtml): submitted sheets, the longest waiting first. */
@Named
@RequestScoped
public class QueueView {

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private List<QueueItemView> items;

    public List<QueueItemView> getItems() {
        if (items == null) {
            items = sheets.queue(me.actor());
        }
        return items;
    }
}
