package tw.rislink.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.List;

/**
 * The answered lines of one chunk of a bulk job, as the result file's text lines (before their
 * encoding), kept until the file is written. Keyed by the job and the chunk's first line.
 */
@Entity
@Table(name = "rl_file_chunk")
@IdClass(FileLineKey.class)
public class FileChunk {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    /** The chunk's first line (the key's line number). */
    @Id
    @Column(name = "first_line")
    private int lineNo;

    @Column(name = "last_line", nullable = false)
    private int lastLine;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    protected FileChunk() {}

    /** The records of the chunk's lines, in line order; a record is one line of text. */
    public FileChunk(long jobId, int firstLine, int lastLine, List<String> records) {
        this.jobId = jobId;
        this.lineNo = firstLine;
        this.lastLine = lastLine;
        this.lineCount = records.size();
        this.content = String.join("\n", records);
    }

    public int getLastLine() {
        return lastLine;
    }

    public int getLineCount() {
        return lineCount;
    }

    /** The records, as written: a line each. */
    public static List<String> records(String content) {
        return content.isEmpty() ? List.of() : List.of(content.split("\n", -1));
    }
}
