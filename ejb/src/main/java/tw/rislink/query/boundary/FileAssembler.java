package tw.rislink.query.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bulk-query job's last step: the result file and its manifest from the records. */
@Named
@Dependent
public class FileAssembler extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @EJB
    private FileJobSteps steps;

    @Override
    public String process() {
        steps.assemble(FileJobSteps.jobId(job), FileJobSteps.run(job));
        return BatchStatus.COMPLETED.name();
    }
}
