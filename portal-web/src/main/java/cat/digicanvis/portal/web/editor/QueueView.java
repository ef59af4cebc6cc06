package cat.digicanvis.portal.web.editor;

import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.QueueItemView;
import cat.digicanvis.portal.domain.model.project.QueueEntry;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.PagedList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The editor's queue (editor/queue.xhtml): submitted sheets and changes to published ones, a page at a time, the
 * longest waiting first unless another column is chosen, searchable by title or body; the total comes from the
 * database, so the queue never stops silently at a limit.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, QueueEntry.Order> ORDERS = Map.of("submittedAt", QueueEntry.Order.WAITING,
            "title", QueueEntry.Order.TITLE, "bodyName", QueueEntry.Order.BODY);

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private String query;
    private PagedList<QueueItemView> items;

    public void load() {
        if (items == null) {
            search();
        }
    }

    /** A new search starts the table again from its first page. */
    public void search() {
        String text = query;
        items = PagedList.sorted(ORDERS, QueueEntry.Order.WAITING,
                (order, ascending, first, max) -> sheets.queue(me.actor(), text, order, ascending, first, max),
                () -> sheets.queueSize(me.actor(), text), q -> q.id() + (q.changes() ? "c" : "s"));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PagedList<QueueItemView> getItems() {
        return items;
    }
}
