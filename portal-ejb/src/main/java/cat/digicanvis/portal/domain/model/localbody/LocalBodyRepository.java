package cat.digicanvis.portal.domain.model.localbody;

import java.util.List;
import java.util.Optional;

public interface LocalBodyRepository {

    Optional<LocalBody> find(long id);

    Optional<LocalBody> findByCode(BodyType type, String officialCode);

    /** Bodies whose name contains the text, largest first. */
    List<LocalBody> searchByName(String text, int max);

    void store(LocalBody body);

    long count();

    List<LocalBody> all();
}
