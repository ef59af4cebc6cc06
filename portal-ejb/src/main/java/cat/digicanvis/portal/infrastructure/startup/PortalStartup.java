package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date at deployment, in order: schema migrations, reference data, demo content
 * (only where configured), the first administrator (only when there is none), then the in-memory catalogue.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PortalSettings settings;
    @Inject
    DemoContentLoader demo;
    @Inject
    DemoForumLoader demoForum;
    @Inject
    DemoInteractionLoader demoInteractions;
    @Inject
    cat.digicanvis.portal.application.recommendation.RecommenderRuntime recommender;
    @Inject
    SyntheticForumGenerator syntheticForum;
    @Inject
    cat.digicanvis.portal.application.forum.ForumSearchUpdater forumSearch;
    @Inject
    SyntheticContentGenerator synthetic;
    @Inject
    CatalogueService catalogue;
    @Inject
    AccountService accounts;
    @Inject
    cat.digicanvis.portal.application.mail.PortalSecrets secrets;
    @Inject
    cat.digicanvis.portal.application.opendata.SheetImportService imports;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        long t0 = System.nanoTime();
        // nodes starting together prepare the database one after the other: the second finds it done
        try (StartupLock lock = StartupLock.take(dataSource)) {
            prepareDatabase();
        }
        catalogue.rebuild();
        forumSearch.rebuild();
        if (settings.demoEnabled()) {
            // the demo's councils have interactions: train once in the background, so the newcomer sees a trained
            // model (unless one was saved before)
            recommender.trainFirstModel("demo content");
        }
        int resumed = imports.resumeInterrupted();
        if (resumed > 0) {
            LOG.info(() -> resumed + " interrupted imports resumed");
        }
        LOG.info(() -> "DigiCanvis Observatory ready in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private void prepareDatabase() {
        Flyway.configure(PortalStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        new ReferenceDataLoader(dataSource).load();
        secrets.key(cat.digicanvis.portal.application.mail.MailTokens.KEY_NAME);
        if (settings.demoEnabled()) {
            demo.load();
            demoForum.load();
            demoInteractions.load();
        }
        try {
            if (accounts.createFirstAdministrator(settings.adminEmail(), settings.adminPassword())) {
                LOG.info(() -> "First administrator created: " + settings.adminEmail());
            }
        } catch (RuleViolationException e) {
            // never log the password itself
            LOG.severe(() -> "First administrator not created, the configured email or password breaks the rules: "
                    + e.violations().stream().map(Violation::messageKey).toList());
        }
        if (settings.syntheticSheets() > 0) {
            synthetic.generate(settings.syntheticSheets());
        }
        if (settings.syntheticForumTopics() > 0) {
            syntheticForum.generate(settings.syntheticForumTopics(), settings.syntheticPassword());
            if (settings.syntheticDigestReaders() > 0) {
                syntheticForum.digestReaders(settings.syntheticDigestReaders(), settings.syntheticPassword());
            }
        }
        int handles = accounts.assignMissingHandles();
        if (handles > 0) {
            LOG.info(() -> handles + " accounts got a forum handle");
        }
    }
}
