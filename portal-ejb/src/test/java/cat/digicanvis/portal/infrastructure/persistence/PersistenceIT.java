package cat.digicanvis.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContactPerson;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Material;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.Savings;
import cat.digicanvis.portal.domain.model.project.SheetContent;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.infrastructure.search.CatalogueLoader;
import cat.digicanvis.portal.infrastructure.startup.ReferenceDataLoader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Flyway schema, the reference data and the JPA mappings against a real MariaDB. */
class PersistenceIT {

    static DataSource dataSource;
    static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() throws Exception {
        String url = TestDatabase.recreate("dc_it_persistence");
        dataSource = TestDatabase.dataSource(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        new ReferenceDataLoader(dataSource).load();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        emf = Persistence.createEntityManagerFactory("portal", props);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    static long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void referenceDataIsCompleteAndLoadsOnce() throws Exception {
        assertEquals(4, count("SELECT COUNT(*) FROM province"));
        assertEquals(43, count("SELECT COUNT(*) FROM comarca"));
        assertEquals(947, count("SELECT COUNT(*) FROM municipality"));
        assertEquals(138_398, count("SELECT COUNT(*) FROM world_town"));
        assertEquals(947 + 43 + 4, count("SELECT COUNT(*) FROM local_body"));
        assertEquals(1_660_122, count("SELECT population FROM municipality WHERE ine_code = '08019'"));
        new ReferenceDataLoader(dataSource).load();
        assertEquals(947 + 43 + 4, count("SELECT COUNT(*) FROM local_body"));
        assertEquals(1, count("SELECT COUNT(*) FROM local_body WHERE name = 'Consell Comarcal del Baix Llobregat'"));
        assertEquals(1, count("SELECT COUNT(*) FROM local_body WHERE name = 'Diputació de Lleida'"));
    }

    static SheetContent content(String title) {
        return new SheetContent(title, "Resum", "Descripció", null,
                new Savings(new BigDecimal("2500.50"), null, new BigDecimal("40"), "Comptat"), null, null, null,
                List.of("xatbot", "codi obert"), Phase.IMPLEMENTED, 2022, Set.of(Area.CITIZEN_CARE, Area.PARTICIPATION),
                Set.of(Typology.SERVICES), List.of(new ContactPerson("Marta Vidal", "Alcaldessa", "m@example.org", null, true)),
                List.of(new Material(MaterialType.WEBSITE, "Web", "ca", "https://example.org", null)));
    }

    @Test
    void aSheetRoundTripsWithAllItsParts() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        LocalBody lead = em.createNamedQuery(LocalBody.FIND_BY_TYPE_AND_CODE, LocalBody.class)
                .setParameter("type", BodyType.MUNICIPALITY).setParameter("code", "25217").getSingleResult();
        ProjectSheet sheet = new ProjectSheet(content("Xatbot de Tàrrega"), lead, Set.of(), ContentOrigin.USER);
        sheet.publish();
        em.persist(sheet);
        em.getTransaction().commit();
        long id = sheet.getId();
        em.close();

        EntityManager other = emf.createEntityManager();
        ProjectSheet read = other.find(ProjectSheet.class, id);
        other.refresh(read);
        assertEquals("Tàrrega", read.getLeadBody().getName());
        assertEquals(List.of("xatbot", "codi obert"), read.getTechnologies());
        assertEquals(Set.of(Area.CITIZEN_CARE, Area.PARTICIPATION), read.getAreas());
        assertEquals(0, new BigDecimal("2500.50").compareTo(read.getSavings().getEurosPerYear()));
        assertEquals("Marta Vidal", read.getContacts().get(0).getName());
        assertEquals("https://example.org", read.getMaterials().get(0).getUrl());
        other.close();

        List<CatalogueEntry> entries = new CatalogueLoader(dataSource).loadOne(id);
        assertEquals(1, entries.size());
        assertEquals(Set.of(Area.CITIZEN_CARE, Area.PARTICIPATION), entries.get(0).areas());
        assertTrue(entries.get(0).fullText().contains("Descripció"));
    }

    @Test
    void aStaleEditIsRefused() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        LocalBody lead = em.createNamedQuery(LocalBody.FIND_BY_TYPE_AND_CODE, LocalBody.class)
                .setParameter("type", BodyType.MUNICIPALITY).setParameter("code", "08019").getSingleResult();
        ProjectSheet sheet = new ProjectSheet(content("Primera versió"), lead, Set.of(), ContentOrigin.USER);
        em.persist(sheet);
        em.getTransaction().commit();
        long id = sheet.getId();
        em.close();

        EntityManager alice = emf.createEntityManager();
        EntityManager bob = emf.createEntityManager();
        ProjectSheet a = alice.find(ProjectSheet.class, id);
        ProjectSheet b = bob.find(ProjectSheet.class, id);
        alice.getTransaction().begin();
        a.revise(content("Versió de l'Alícia"), a.getLeadBody(), Set.of());
        alice.getTransaction().commit();

        bob.getTransaction().begin();
        b.revise(content("Versió d'en Bob"), b.getLeadBody(), Set.of());
        assertThrows(RollbackException.class, () -> bob.getTransaction().commit());

        EntityManager check = emf.createEntityManager();
        assertEquals("Versió de l'Alícia", check.find(ProjectSheet.class, id).getTitle());
        check.close();
        alice.close();
        bob.close();
    }
}
