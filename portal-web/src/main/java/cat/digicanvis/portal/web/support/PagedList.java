package cat.digicanvis.portal.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list read from a service a page at a time, with its total from the database, for PrimeFaces' lazy tables
 * and lists: administration lists never stop silently at a limit. The list keeps the order the service gives,
 * or ({@link #sorted}) the order of the column the person sorts by.
 */
public final class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page: the rows from {@code first}, at most {@code max}. */
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int max);
    }

    /** One page in an order: the rows from {@code first}, at most {@code max}, by {@code order}. */
    public interface SortedPage<T, O> extends Serializable {
        List<T> rows(O order, boolean ascending, int first, int max);
    }

    /** How many rows there are in all. */
    public interface Count extends Serializable {
        long count();
    }

    /** A row's key, stable across pages (its id). */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private interface Rows<T> extends Serializable {
        List<T> rows(int first, int max, SortMeta sort);
    }

    private final Rows<T> rows;
    private final Count count;
    private final Key<T> key;

    public PagedList(Page<T> page, Count count, Key<T> key) {
        this((first, max, sort) -> page.rows(first, max), count, key);
    }

    private PagedList(Rows<T> rows, Count count, Key<T> key) {
        this.rows = rows;
        this.count = count;
        this.key = key;
    }

    /**
     * A list the person sorts by any of the columns named in {@code orders} (their {@code field}s), in
     * {@code byDefault} order until they do; the service gets the order as one of its own values, never the
     * column's name.
     */
    public static <T, O> PagedList<T> sorted(Map<String, O> orders, O byDefault, SortedPage<T, O> page, Count count,
                                             Key<T> key) {
        return new PagedList<>((first, max, sort) -> page.rows(sort == null ? byDefault
                : orders.getOrDefault(sort.getField(), byDefault), sort == null || sort.getOrder() != SortOrder.DESCENDING,
                first, max), count, key);
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
        return rows.rows(first, pageSize, sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next());
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
