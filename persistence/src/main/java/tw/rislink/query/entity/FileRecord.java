package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One answered line of a bulk job, as the result file's text line (before its encoding). */
@Entity
@Table(name = "rl_file_record")
@IdClass(FileLineKey.class)
public class FileRecord {

    public static final int CONTENT = 4000;

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "content", nullable = false, length = CONTENT)
    private String content;

    /** Read only: FileJobSteps writes the records of a chunk in one JDBC batch. */
    protected FileRecord() {}

    public int getLineNo() {
        return lineNo;
    }

    public String getContent() {
        return content;
    }
}
