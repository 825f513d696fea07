package tw.rislink.query.boundary;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import tw.rislink.query.control.IdList;

/** The bulk-query job's reader: the job's valid lines in upload order, a page per chunk. */
@Named
@Dependent
public class FileLineReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @EJB
    private FileJobSteps steps;

    private long jobId;
    private int last;
    private final Deque<IdList.Line> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        jobId = FileJobSteps.jobId(job);
        // Always after the last record written, never the runtime's checkpoint: the runtime saves it
        // outside the chunk's transaction, so it may name lines whose records were rolled back.
        last = steps.lastWritten(jobId);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(steps.lines(jobId, last));
        }
        IdList.Line line = page.poll();
        if (line != null) {
            last = line.number();
        }
        return line;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
