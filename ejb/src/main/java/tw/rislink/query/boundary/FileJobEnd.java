package tw.rislink.query.boundary;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The end of a bulk-query run: a run that failed (an error, not a crash of the server) marks its
 * job failed, so the officer is told instead of waiting. A stopped run (the server shutting down)
 * leaves the job RUNNING, and the minutely check resumes it.
 */
@Named
@Dependent
public class FileJobEnd extends AbstractJobListener {

    @Inject
    private JobContext job;

    @EJB
    private FileJobSteps steps;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            steps.failed(FileJobSteps.jobId(job), FileJobSteps.run(job), String.valueOf(job.getExitStatus()));
        }
    }
}
