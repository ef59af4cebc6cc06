package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A sorted paged list asks the service in its own terms: the column's order, the direction, the page. */
class PagedListTest {

    enum By { NAME, SIZE }

    @Test
    void theColumnSortedByBecomesTheServicesOrder() {
        List<String> asked = new ArrayList<>();
        PagedList<String> list = PagedList.sorted(Map.of("name", By.NAME, "size", By.SIZE), By.NAME,
                (order, ascending, first, max) -> {
                    asked.add(order + " " + (ascending ? "asc" : "desc") + " " + first + "+" + max);
                    return List.of("row");
                }, () -> 42, row -> row.length());

        list.load(0, 25, Map.of(), Map.of());
        list.load(25, 25, Map.of("s", SortMeta.builder().field("size").order(SortOrder.DESCENDING).build()), Map.of());
        list.load(0, 50, Map.of("s", SortMeta.builder().field("size").order(SortOrder.ASCENDING).build()), Map.of());
        // a column the list does not know (a forged request) falls back on the default order
        list.load(0, 25, Map.of("s", SortMeta.builder().field("password").order(SortOrder.DESCENDING).build()), Map.of());

        assertEquals(List.of("NAME asc 0+25", "SIZE desc 25+25", "SIZE asc 0+50", "NAME desc 0+25"), asked);
        assertEquals(42, list.count(Map.of()));
        assertEquals(42, list.getTotal());
        assertEquals("3", list.getRowKey("row"));
    }
}
