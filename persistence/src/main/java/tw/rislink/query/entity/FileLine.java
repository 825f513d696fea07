package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A valid line of a bulk upload: the ID the job asks about, by its line number in the upload. */
@Entity
@Table(name = "rl_file_line")
@IdClass(FileLineKey.class)
public class FileLine {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "person_id", nullable = false, length = 10)
    private String personId;

    protected FileLine() {}

    public FileLine(long jobId, int lineNo, String personId) {
        this.jobId = jobId;
        this.lineNo = lineNo;
        this.personId = personId;
    }

    public Long getJobId() {
        return jobId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getPersonId() {
        return personId;
    }
}
