package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.domain.shared.Codes;
import java.util.List;

/** The lists and orders the forum pages offer, read from and written to their addresses. */
final class ForumLists {

    private ForumLists() {
    }

    static TopicList list(String raw) {
        return Codes.parse(TopicList.class, raw).orElse(TopicList.LATEST);
    }

    static TopicSort sort(String raw) {
        return Codes.parse(TopicSort.class, raw).orElse(TopicSort.ACTIVITY);
    }

    static int page(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw));
    }

    /** Page numbers to link to: the first, the last, and two around the current one. */
    static List<Integer> window(int page, int pages) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        out.add(1);
        out.add(pages);
        for (int p = page - 2; p <= page + 2; p++) {
            if (p >= 1 && p <= pages) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
