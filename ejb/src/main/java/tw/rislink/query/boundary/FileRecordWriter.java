package tw.rislink.query.boundary;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tw.rislink.query.control.IdList;

/** The bulk-query job's writer: answers a chunk of lines and keeps their records, in the chunk's transaction. */
@Named
@Dependent
public class FileRecordWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @EJB
    private FileJobSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.write(
                FileJobSteps.jobId(job),
                FileJobSteps.run(job),
                items.stream().map(IdList.Line.class::cast).toList());
    }
}
