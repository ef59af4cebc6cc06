package cat.digicanvis.portal.web.editor;

import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.QueueItemView;
import cat.digicanvis.portal.domain.model.project.QueueEntry;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The editor's queue (editor/queue.xhtml): submitted sheets and changes to published ones, a page at a time, the
 * longest waiting first unless another column is chosen, searchable by title or body; the total comes from the
 * database, so the queue never stops silently at a limit.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private String query;
    private Items items;

    public void load() {
        if (items == null) {
            search();
        }
    }

    /** A new search starts the table again from its first page. */
    public void search() {
        items = new Items(sheets, me, query);
    }

    public static final class Items extends LazyDataModel<QueueItemView> {

        private static final long serialVersionUID = 1L;
        private static final Map<String, QueueEntry.Order> ORDERS = Map.of("submittedAt", QueueEntry.Order.WAITING,
                "title", QueueEntry.Order.TITLE, "bodyName", QueueEntry.Order.BODY);
        private final ProjectSheetService sheets;
        private final CurrentUser me;
        private final String query;
        private Long total;

        Items(ProjectSheetService sheets, CurrentUser me, String query) {
            this.sheets = sheets;
            this.me = me;
            this.query = query;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            total = sheets.queueSize(me.actor(), query);
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        /** How many items wait (for the page's "nothing waits"). */
        public long getTotal() {
            if (total == null) {
                total = sheets.queueSize(me.actor(), query);
            }
            return total;
        }

        @Override
        public List<QueueItemView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            QueueEntry.Order order = sort == null ? QueueEntry.Order.WAITING
                    : ORDERS.getOrDefault(sort.getField(), QueueEntry.Order.WAITING);
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return sheets.queue(me.actor(), query, order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(QueueItemView item) {
            return item.id() + (item.changes() ? "c" : "s");
        }

        @Override
        public QueueItemView getRowData(String rowKey) {
            return null;
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Items getItems() {
        return items;
    }
}
