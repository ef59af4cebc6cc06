package cat.digicanvis.portal.application.opendata;

import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.importing.ImportJob;
import cat.digicanvis.portal.domain.model.importing.ImportJobRepository;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports sheets from a spreadsheet's rows: a dry run says, row by row and column by column, what would be refused;
 * the import itself runs in the background (one transaction per row: each row all or nothing) and keeps its
 * progress, so the person can leave the page and come back. Administrators import for any body, members for the
 * bodies they belong to; editors may publish at once, the others' sheets stay drafts.
 */
@Stateless
public class SheetImportService {

    public static final int MAX_ROWS = 10_000;
    static final Jsonb JSON = JsonbBuilder.create();

    /** One problem: the row (1 is the first after the header), the column, and the rule it breaks. */
    public record Problem(int row, Violation violation) implements java.io.Serializable {
    }

    /** A dry run's answer. */
    public record Check(int rows, int valid, List<Problem> problems) implements java.io.Serializable {
    }

    /** How far an import is; {@code failures} lists each failed row's problems. */
    public record JobView(long id, String fileName, boolean running, int total, int done, int created, int updated,
                          int failed, List<Problem> failures, java.time.LocalDateTime createdAt)
            implements java.io.Serializable {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    @Inject
    LocalBodyRepository bodies;
    @Inject
    ReferenceService reference;
    @Inject
    ProjectSheetService sheets;
    @Inject
    ImportJobRepository jobs;
    @Inject
    AuditLog audit;
    @EJB
    SheetImportRunner runner;

    /** The dry run: nothing is written. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Check check(Actor actor, List<Map<String, String>> rows, boolean publish) {
        allowed(actor, rows, publish);
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int valid = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<Violation> v = rowProblems(actor, rows.get(i), publish, seen);
            int row = i + 1;
            v.forEach(x -> problems.add(new Problem(row, x)));
            if (v.isEmpty()) {
                valid++;
            }
        }
        return new Check(rows.size(), valid, problems);
    }

    /** Starts the import of every row (rows the dry run refused will fail again, alone); returns the job's id. */
    public long start(Actor actor, String fileName, List<Map<String, String>> rows, boolean publish) {
        allowed(actor, rows, publish);
        ImportJob job = new ImportJob(actor.accountId(), fileName, publish, rows.size(), JSON.toJson(rows), Clock.now());
        jobs.store(job);
        audit.record(actor, "sheet.import", "import", job.getId(), fileName + ", " + rows.size() + " rows"
                + (publish ? ", published" : ""));
        return job.getId();
    }

    /** Runs a started job in the background (after its transaction has committed). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId) {
        runner.run(jobId);
    }

    /**
     * Goes on with the imports a restart interrupted, from their last row done (each row was its own transaction,
     * so none is half done); returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int resumeInterrupted() {
        List<Long> running = jobs.running();
        running.forEach(runner::run);
        return running.size();
    }

    /** A job as its owner (or an administrator) sees it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobView job(Actor actor, long id) {
        ImportJob.Progress j = jobs.progress(id).orElseThrow(() -> new NotFoundException("import", id));
        actor.require(actor.mayAdminister() || j.accountId() != null && j.accountId().equals(actor.accountId()),
                "import.read");
        return view(j);
    }

    /** A person's latest imports. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobView> recent(Actor actor) {
        return jobs.byAccount(actor.accountId(), 10).stream().map(SheetImportService::view).toList();
    }

    private static JobView view(ImportJob.Progress j) {
        List<Problem> failures = j.failuresJson() == null ? List.of() : failures(j.failuresJson());
        return new JobView(j.id(), j.fileName(), j.status() == ImportJob.Status.RUNNING, j.total(), j.done(),
                j.created(), j.updated(), j.failed(), failures, j.createdAt());
    }

    private void allowed(Actor actor, List<Map<String, String>> rows, boolean publish) {
        actor.require(actor.mayWriteSomewhere(), "sheet.import");
        actor.require(!publish || actor.isEditor(), "sheet.publish");
        if (rows.isEmpty()) {
            throw new RuleViolationException(Violation.of("file", "validation.import.empty"));
        }
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolationException(Violation.of("file", "validation.import.tooManyRows", MAX_ROWS));
        }
    }

    /** What is wrong with a row for this person (also used by the runner, row by row, through the bean). */
    public List<Violation> rowProblems(Actor actor, Map<String, String> row, boolean publish, Set<String> seen) {
        SheetRows.Parsed p = SheetRows.parse(row);
        List<Violation> v = new ArrayList<>(p.violations());
        for (Map.Entry<String, String> cell : row.entrySet()) {
            if (SheetRows.formula(cell.getValue())) {
                v.add(Violation.of(cell.getKey(), "validation.import.formula"));
            }
        }
        if (p.externalId() != null && seen != null && !seen.add(p.externalId())) {
            v.add(Violation.of(SheetRows.EXTERNAL_ID, "validation.import.duplicate", p.externalId()));
        }
        if (p.lead() != null) {
            Optional<Long> lead = bodyId(p.lead());
            if (lead.isEmpty() && !creatable(p.lead())) {
                v.add(Violation.of("lead_body_code", "validation.unknownBody"));
            } else if (lead.isPresent() && !actor.mayWriteFor(lead.get())) {
                v.add(Violation.of("lead_body_code", "validation.import.notYourBody"));
            } else if (lead.isEmpty() && !actor.mayAdminister()) {
                v.add(Violation.of("lead_body_code", "validation.import.notYourBody"));
            }
            lead.ifPresent(p.form()::setLeadBodyId);
        }
        for (SheetRows.BodyRef partner : p.partners()) {
            if (bodyId(partner).isEmpty()) {
                v.add(Violation.of("partners", "validation.import.body", partner.type().name() + " " + partner.code()));
            }
        }
        v.addAll(sheets.violations(p.form(), publish));
        return v;
    }

    public Optional<Long> bodyId(SheetRows.BodyRef ref) {
        return bodies.findByCode(ref.type(), ref.code()).map(LocalBody::getId);
    }

    /** A foreign body named by its GeoNames town ("GN" + id) is made when first imported. */
    public boolean creatable(SheetRows.BodyRef ref) {
        return ref.type() == BodyType.FOREIGN && ref.code().matches("GN[0-9]{1,9}")
                && reference.town(Integer.parseInt(ref.code().substring(2))).isPresent();
    }

    static List<Problem> failures(String json) {
        List<Problem> out = new ArrayList<>();
        FailedRow[] rows = JSON.fromJson(json, FailedRow[].class);
        for (FailedRow r : rows) {
            for (FailedRow.Item i : r.items) {
                out.add(new Problem(r.row, Violation.of(i.field, i.key, (Object[]) i.args)));
            }
        }
        return out;
    }

    /** A failed row as the job keeps it. */
    public static class FailedRow {
        public int row;
        public List<Item> items = new ArrayList<>();

        public static class Item {
            public String field;
            public String key;
            public String[] args;
        }

        static FailedRow of(int row, List<Violation> violations) {
            FailedRow f = new FailedRow();
            f.row = row;
            for (Violation v : violations) {
                Item i = new Item();
                i.field = v.field();
                i.key = v.messageKey();
                i.args = v.args().stream().map(String::valueOf).toArray(String[]::new);
                f.items.add(i);
            }
            return f;
        }
    }

    /** The rows a job keeps, as they were read from the file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> rows(String json) {
        Map<String, String>[] rows = JSON.fromJson(json, HashMap[].class);
        return List.of(rows);
    }
}
