package tw.rislink.linking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A step of a case now waiting for its party, since when and until when (working days). */
@Entity
@Table(name = "rl_linking_open_step")
@IdClass(OpenStep.Key.class)
public class OpenStep {

    /** The primary key: case and step. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long linkingCase;
        private Step step;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(linkingCase, key.linkingCase) && step == key.step;
        }

        @Override
        public int hashCode() {
            return Objects.hash(linkingCase, step);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private LinkingCase linkingCase;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 30)
    private Step step;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected OpenStep() {}

    OpenStep(LinkingCase linkingCase, Step step, LocalDateTime openedAt, LocalDate dueOn) {
        this.linkingCase = linkingCase;
        this.step = step;
        this.openedAt = openedAt;
        this.dueOn = dueOn;
    }

    public LinkingCase getLinkingCase() {
        return linkingCase;
    }

    public Step getStep() {
        return step;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
