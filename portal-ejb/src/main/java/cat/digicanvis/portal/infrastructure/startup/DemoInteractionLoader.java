package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Invents interactions of Catalan councils with the demo sheets (marked as demo), so that a newcomer's portal has
 * a trained recommender: recommendations beyond profile similarity and "projects like this". Each council belongs
 * to one of six networks that no profile shows (a consortium, a supplier's users, a working group), and each
 * network follows a family of sheets that may cross areas (the social-services network also follows digital
 * skills training); a council takes most of its interest from its network's family and some at random. Views
 * dominate, some bookmarks and "worked for us". Fixed seed; runs once per database, only with the demo content.
 */
@ApplicationScoped
public class DemoInteractionLoader {

    private static final Logger LOG = Logger.getLogger(DemoInteractionLoader.class.getName());

    /** The networks' families, by the start of the demo sheets' titles. */
    static final List<List<String>> NETWORKS = List.of(
            List.of("Assistent virtual", "Cita prèvia", "Gestió digital de queixes", "App d'incidències"),
            List.of("Tramitació electrònica", "Padró i certificats", "Inscripcions en línia", "Contractació pública"),
            List.of("Teleassistència", "Recomanador d'ajuts", "Formació en competències"),
            List.of("Pressupostos participatius", "Portal de dades obertes", "Consulta ciutadana"),
            List.of("Quadre de comandament", "Predicció de la demanda", "Robotització", "Gestió energètica"),
            List.of("Pla de transformació", "Teletreball", "Comunitat de pràctica", "Oficina de transformació"));
    static final int COUNCILS = 260;
    static final long SEED = 2026;

    @Inject
    ProjectSheetRepository sheets;
    @Inject
    LocalBodyRepository bodies;
    @Inject
    RecommendationRepository recommendations;

    /** All or nothing, once: whether it loaded anything now. */
    @Transactional
    public boolean load() {
        if (recommendations.countDemoInteractions() > 0) {
            return false;
        }
        List<ProjectSheet> demo = sheets.findByIds(sheets.publishedIds()).stream()
                .filter(s -> s.getOrigin() == ContentOrigin.DEMO).sorted(Comparator.comparing(ProjectSheet::getId)).toList();
        if (demo.isEmpty()) {
            return false;
        }
        List<List<ProjectSheet>> families = new ArrayList<>();
        for (List<String> prefixes : NETWORKS) {
            families.add(demo.stream().filter(s -> prefixes.stream().anyMatch(p -> s.getTitle().startsWith(p))).toList());
        }
        List<LocalBody> councils = new ArrayList<>(bodies.all().stream().filter(b -> b.getType() == BodyType.MUNICIPALITY)
                .sorted(Comparator.comparing(LocalBody::getId)).toList());
        Random random = new Random(SEED);
        java.util.Collections.shuffle(councils, random);
        LocalDateTime now = Clock.now();
        int stored = 0;
        for (LocalBody council : councils.subList(0, Math.min(COUNCILS, councils.size()))) {
            List<ProjectSheet> family = families.get(random.nextInt(families.size()));
            int count = 3 + random.nextInt(5);
            Set<Long> taken = new HashSet<>();
            for (int n = 0; n < count * 3 && taken.size() < count; n++) {
                ProjectSheet s = random.nextDouble() < 0.75 && !family.isEmpty() ? family.get(random.nextInt(family.size()))
                        : demo.get(random.nextInt(demo.size()));
                if (s.getLeadBody().getId().equals(council.getId()) || !taken.add(s.getId())) {
                    continue;
                }
                double u = random.nextDouble();
                InteractionKind kind = u < 0.6 ? InteractionKind.VIEW : u < 0.85 ? InteractionKind.BOOKMARK
                        : InteractionKind.WORKED_FOR_US;
                recommendations.store(Interaction.demo(council.getId(), s.getId(), kind,
                        now.minusDays(random.nextInt(300)).minusMinutes(random.nextInt(1440))));
                stored++;
            }
        }
        int total = stored;
        LOG.info(() -> "Loaded " + total + " demo interactions");
        return total > 0;
    }
}
