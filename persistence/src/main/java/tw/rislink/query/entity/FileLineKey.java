package tw.rislink.query.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a job's line, problem or chunk of records: the job and the (first) line number in the upload. */
public class FileLineKey implements Serializable {

    private Long jobId;
    private int lineNo;

    public FileLineKey() {}

    public FileLineKey(Long jobId, int lineNo) {
        this.jobId = jobId;
        this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileLineKey k && Objects.equals(jobId, k.jobId) && lineNo == k.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, lineNo);
    }
}
