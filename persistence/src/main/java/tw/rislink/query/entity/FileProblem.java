package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A line the upload's check refused: its number, its beginning as typed and the reason's message key. */
@Entity
@Table(name = "rl_file_problem")
@IdClass(FileLineKey.class)
public class FileProblem {

    public static final int TEXT = 40;

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "line_text", length = TEXT)
    private String lineText;

    @Column(name = "reason_key", nullable = false, length = 60)
    private String reasonKey;

    protected FileProblem() {}

    public FileProblem(long jobId, int lineNo, String lineText, String reasonKey) {
        this.jobId = jobId;
        this.lineNo = lineNo;
        this.lineText = lineText;
        this.reasonKey = reasonKey;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getLineText() {
        return lineText;
    }

    public String getReasonKey() {
        return reasonKey;
    }
}
