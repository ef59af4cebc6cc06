package cat.digicanvis.portal.domain.model.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Profiles, interactions and trained models of the recommender. */
public interface RecommendationRepository {

    Optional<BodyProfile> profile(long bodyId);

    List<BodyProfile> allProfiles();

    void store(BodyProfile profile);

    Optional<Interaction> find(long bodyId, Long accountId, long sheetId, InteractionKind kind, java.time.LocalDate day);

    List<Interaction> byBodyAndSheet(long bodyId, long sheetId);

    Set<Long> notRelevant(long bodyId);

    void store(Interaction interaction);

    void remove(Interaction interaction);

    /** Every interaction as (body, sheet, grade, epoch seconds), for training. */
    List<Object[]> allInteractions();

    long countInteractions();

    void store(ModelRecord model);

    Optional<ModelRecord> latestModel();
}
