package cat.digicanvis.portal.application.opendata;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.importing.ImportJob;
import cat.digicanvis.portal.domain.model.importing.ImportJobRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background: each row in a transaction of its own (all or nothing), the job's progress
 * written after every row in another, so that the page shows it as it goes.
 */
@Stateless
public class SheetImportRunner {

    private static final Logger LOG = Logger.getLogger(SheetImportRunner.class.getName());

    @Inject
    ImportJobRepository jobs;
    @Inject
    AccountService accounts;
    @Inject
    ProjectSheetService sheets;
    @Inject
    LocalBodyService bodyService;
    @EJB
    SheetImportService service;
    @EJB
    SheetImportRunner self;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        if (job.getStatus() != ImportJob.Status.RUNNING || job.getRowsJson() == null) {
            return;
        }
        Actor actor = job.getAccountId() == null ? null : accounts.actorFor(job.getAccountId()).orElse(null);
        List<Map<String, String>> rows = SheetImportService.rows(job.getRowsJson());
        // a job interrupted by a restart goes on after its last row done, with the failures it had
        List<SheetImportService.FailedRow> failures = job.getFailuresJson() == null ? new ArrayList<>()
                : new ArrayList<>(List.of(SheetImportService.JSON.fromJson(job.getFailuresJson(),
                        SheetImportService.FailedRow[].class)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < job.getDoneRows(); i++) {
            String id = SheetRows.parse(rows.get(i)).externalId();
            if (id != null) {
                seen.add(id);
            }
        }
        for (int i = job.getDoneRows(); i < rows.size(); i++) {
            int row = i + 1;
            ProjectSheetService.Imported outcome = null;
            List<Violation> problems;
            if (actor == null) {
                problems = List.of(Violation.of("file", "validation.import.noAccount"));
            } else {
                try {
                    problems = service.rowProblems(actor, rows.get(i), job.isPublish(), seen);
                    if (problems.isEmpty()) {
                        outcome = self.importRow(actor, rows.get(i), job.isPublish());
                    }
                } catch (RuleViolationException e) {
                    problems = e.violations();
                } catch (ConcurrentEditException e) {
                    problems = List.of(Violation.of("file", "validation.import.changedMeanwhile"));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "import " + jobId + ", row " + row, e);
                    problems = List.of(Violation.of("file", "validation.import.rowFailed"));
                }
            }
            String failed = null;
            if (outcome == null) {
                failures.add(SheetImportService.FailedRow.of(row, problems));
                failed = SheetImportService.JSON.toJson(failures);
            }
            self.progress(jobId, outcome, failed);
        }
        self.finish(jobId);
    }

    /** One row, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ProjectSheetService.Imported importRow(Actor actor, Map<String, String> row, boolean publish) {
        SheetRows.Parsed p = SheetRows.parse(row);
        Long lead = service.bodyId(p.lead()).orElseGet(() -> bodyService.createForeign(actor,
                Integer.parseInt(p.lead().code().substring(2)), null, null, null, null, null, null).id());
        p.form().setLeadBodyId(lead);
        List<Long> partners = new ArrayList<>();
        p.partners().forEach(b -> partners.add(service.bodyId(b).orElseThrow(
                () -> new RuleViolationException(Violation.of("partners", "validation.unknownBody")))));
        p.form().setPartnerIds(partners);
        return sheets.importRow(actor, p.form(), p.externalId(), publish);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long jobId, ProjectSheetService.Imported outcome, String failuresJson) {
        jobs.rowDone(jobId, outcome == ProjectSheetService.Imported.CREATED,
                outcome == ProjectSheetService.Imported.UPDATED, failuresJson);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long jobId) {
        jobs.finish(jobId, Clock.now());
    }
}
