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

    /** The sheets one person marked with this kind (whatever the body), the latest first. */
    List<Long> sheetsMarkedBy(long accountId, InteractionKind kind);

    void store(Interaction interaction);

    void remove(Interaction interaction);

    /** Stores the interaction unless the same one (body, person, sheet, kind, day) is there; whether it did. */
    default boolean recordOnce(Interaction interaction) {
        if (find(interaction.getBodyId(), interaction.getAccountId(), interaction.getSheetId(), interaction.getKind(),
                interaction.getDay()).isPresent()) {
            return false;
        }
        store(interaction);
        return true;
    }

    /** Removes a kind that counts once (not a daily view); whether there was one. */
    default boolean withdraw(long bodyId, Long accountId, long sheetId, InteractionKind kind) {
        Optional<Interaction> existing = find(bodyId, accountId, sheetId, kind, Interaction.ONCE);
        existing.ifPresent(this::remove);
        return existing.isPresent();
    }

    /** Every interaction as (body, sheet, grade, epoch seconds), for training. */
    List<Object[]> allInteractions();

    long countInteractions();

    /** Interactions the demo content invented. */
    long countDemoInteractions();

    void store(ModelRecord model);

    Optional<ModelRecord> latestModel();
}
