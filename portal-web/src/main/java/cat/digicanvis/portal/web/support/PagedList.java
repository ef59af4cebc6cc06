package cat.digicanvis.portal.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list read from a service a page at a time, with its total from the database, for PrimeFaces' lazy tables
 * and lists: administration lists never stop silently at a limit. The list keeps the order the service gives.
 */
public final class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page: the rows from {@code first}, at most {@code max}. */
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int max);
    }

    /** How many rows there are in all. */
    public interface Count extends Serializable {
        long count();
    }

    /** A row's key, stable across pages (its id). */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Page<T> page;
    private final Count count;
    private final Key<T> key;

    public PagedList(Page<T> page, Count count, Key<T> key) {
        this.page = page;
        this.count = count;
        this.key = key;
    }

    /** Read once for the page that shows it (to say "none" or to show the list), again when paging. */
    private transient Long total;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        total = count.count();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** How many rows there are in all. */
    public long getTotal() {
        if (total == null) {
            total = count.count();
        }
        return total;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
