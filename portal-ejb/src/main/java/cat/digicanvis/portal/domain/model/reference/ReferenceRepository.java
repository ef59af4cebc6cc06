package cat.digicanvis.portal.domain.model.reference;

import java.util.List;
import java.util.Optional;

/** Read access to the official reference data. */
public interface ReferenceRepository {

    List<Province> provinces();

    List<Comarca> comarques();

    List<Municipality> municipalities();

    Optional<Municipality> municipality(String ineCode);

    Optional<WorldTown> town(int geonameId);

    /** Towns whose ASCII name starts with the text, in a country (or any when blank), largest first. */
    List<WorldTown> searchTowns(String text, String countryCode, int max);
}
