package cat.digicanvis.portal.domain.model.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One member's interaction with a sheet on behalf of their body (see {@link InteractionKind}). */
@Entity
@Table(name = "interaction")
@NamedQuery(name = Interaction.FIND_ONE, query = "SELECT x FROM Interaction x WHERE x.bodyId = :body"
        + " AND x.accountId = :account AND x.sheetId = :sheet AND x.kind = :kind AND x.day = :day")
@NamedQuery(name = Interaction.FIND_BY_BODY_AND_SHEET,
        query = "SELECT x FROM Interaction x WHERE x.bodyId = :body AND x.sheetId = :sheet")
@NamedQuery(name = Interaction.SHEETS_MARKED_BY, query = "SELECT x.sheetId FROM Interaction x "
        + "WHERE x.accountId = :account AND x.kind = :kind ORDER BY x.createdAt DESC, x.id DESC")
@NamedQuery(name = Interaction.FIND_NOT_RELEVANT,
        query = "SELECT x.sheetId FROM Interaction x WHERE x.bodyId = :body AND x.kind = :kind")
public class Interaction {

    public static final String FIND_ONE = "Interaction.findOne";
    public static final String FIND_BY_BODY_AND_SHEET = "Interaction.findByBodyAndSheet";
    public static final String FIND_NOT_RELEVANT = "Interaction.findNotRelevant";
    /** The day of the kinds that count once. */
    public static final String SHEETS_MARKED_BY = "Interaction.sheetsMarkedBy";
    public static final LocalDate ONCE = LocalDate.of(1970, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id", nullable = false)
    private long bodyId;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "sheet_id", nullable = false)
    private long sheetId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionKind kind;
    @Column(nullable = false)
    private double grade;
    @Column(nullable = false)
    private LocalDate day;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    /** Invented by the demo content, never by a person. */
    @Column(nullable = false)
    private boolean demo;

    protected Interaction() {
    }

    /** An interaction of the demo content (bin/run's default), marked as such. */
    public static Interaction demo(long bodyId, long sheetId, InteractionKind kind, LocalDateTime at) {
        Interaction x = new Interaction(bodyId, null, sheetId, kind, at);
        x.demo = true;
        return x;
    }

    public boolean isDemo() {
        return demo;
    }

    public Interaction(long bodyId, Long accountId, long sheetId, InteractionKind kind, LocalDateTime now) {
        this.bodyId = bodyId;
        this.accountId = accountId;
        this.sheetId = sheetId;
        this.kind = kind;
        this.grade = kind.grade();
        this.day = dayOf(kind, now);
        this.createdAt = now;
    }

    public static LocalDate dayOf(InteractionKind kind, LocalDateTime now) {
        return kind.daily() ? now.toLocalDate() : ONCE;
    }

    public Long getId() {
        return id;
    }

    public long getBodyId() {
        return bodyId;
    }

    public long getSheetId() {
        return sheetId;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public Long getAccountId() {
        return accountId;
    }
}
