package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.recommendation.BodyProfile;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.ModelRecord;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<BodyProfile> profile(long bodyId) {
        return Optional.ofNullable(em.find(BodyProfile.class, bodyId));
    }

    @Override
    public List<BodyProfile> allProfiles() {
        return em.createQuery("SELECT p FROM BodyProfile p", BodyProfile.class).getResultList();
    }

    @Override
    public void store(BodyProfile profile) {
        em.persist(profile);
    }

    @Override
    public Optional<Interaction> find(long bodyId, Long accountId, long sheetId, InteractionKind kind, LocalDate day) {
        return em.createNamedQuery(Interaction.FIND_ONE, Interaction.class).setParameter("body", bodyId)
                .setParameter("account", accountId).setParameter("sheet", sheetId).setParameter("kind", kind)
                .setParameter("day", day).getResultStream().findFirst();
    }

    @Override
    public List<Interaction> byBodyAndSheet(long bodyId, long sheetId) {
        return em.createNamedQuery(Interaction.FIND_BY_BODY_AND_SHEET, Interaction.class).setParameter("body", bodyId)
                .setParameter("sheet", sheetId).getResultList();
    }

    @Override
    public List<Long> sheetsMarkedBy(long accountId, InteractionKind kind) {
        return em.createNamedQuery(Interaction.SHEETS_MARKED_BY, Long.class).setParameter("account", accountId)
                .setParameter("kind", kind).getResultList();
    }

    @Override
    public Set<Long> notRelevant(long bodyId) {
        return new HashSet<>(em.createNamedQuery(Interaction.FIND_NOT_RELEVANT, Long.class).setParameter("body", bodyId)
                .setParameter("kind", InteractionKind.NOT_RELEVANT).getResultList());
    }

    @Override
    public void store(Interaction interaction) {
        em.persist(interaction);
    }

    @Override
    public void remove(Interaction interaction) {
        em.remove(em.contains(interaction) ? interaction : em.merge(interaction));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> allInteractions() {
        return em.createNativeQuery("SELECT x.body_id, x.sheet_id, x.grade, UNIX_TIMESTAMP(x.created_at) FROM interaction x"
                + " JOIN project_sheet s ON s.id = x.sheet_id WHERE s.status = 'PUBLISHED' ORDER BY x.id").getResultList();
    }

    @Override
    public long countDemoInteractions() {
        return em.createQuery("SELECT COUNT(x) FROM Interaction x WHERE x.demo = TRUE", Long.class).getSingleResult();
    }

    @Override
    public long countInteractions() {
        return em.createQuery("SELECT COUNT(x) FROM Interaction x", Long.class).getSingleResult();
    }

    @Override
    public void store(ModelRecord model) {
        em.persist(model);
    }

    @Override
    public Optional<ModelRecord> latestModel() {
        return em.createNamedQuery(ModelRecord.FIND_LATEST, ModelRecord.class).setMaxResults(1).getResultStream().findFirst();
    }
}
