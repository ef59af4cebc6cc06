package cat.digicanvis.portal.domain.model.localbody;

import java.util.List;
import java.util.Optional;

public interface LocalBodyRepository {

    Optional<LocalBody> find(long id);

    Optional<LocalBody> findByCode(BodyType type, String officialCode);

    /** Bodies whose name contains the text, largest first. */
    List<LocalBody> searchByName(String text, int max);

    /** Bodies whose name contains the text (all when blank) in the order asked (then by id), a page at a time. */
    List<LocalBody> page(String text, BodyOrder order, boolean ascending, int first, int max);

    /** How many bodies' names contain the text (all when blank). */
    long count(String text);

    void store(LocalBody body);

    long count();

    List<LocalBody> all();
}
