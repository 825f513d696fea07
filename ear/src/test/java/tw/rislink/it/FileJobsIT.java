package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.query.boundary.FileJobSteps;
import tw.rislink.query.boundary.FileJobs;
import tw.rislink.query.boundary.OnlineResults;
import tw.rislink.query.control.QueryPurpose;
import tw.rislink.query.control.QueryRefusal;
import tw.rislink.query.control.ResultFile;
import tw.rislink.query.entity.FileJob;
import tw.rislink.query.entity.FileProblem;
import tw.rislink.register.boundary.RegisterEncodings;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;
import tw.rislink.register.entity.NationalId;

/**
 * Bulk file jobs on Jakarta Batch: an upload checked line by line before anything runs, the
 * job's records in every encoding decoding back to the same records, hostile uploads refused
 * as a whole, the file for its agency only and until it is due (an approved extension keeps it
 * longer), and the ledger entry the auditors see. Each test has agencies and officers of its own.
 */
@ExtendWith(ArquillianExtension.class)
class FileJobsIT {

    private static final List<String> ITEMS =
            List.of("PERSON_NAME", "BIRTH_DATE", "SEX", "ADDRESS", "HOUSEHOLD_NUMBER", "PARENTS", "ID_CARD_ISSUE");
    private static final List<String> HOSTS = List.of("127.0.0.1");
    private static final String ADDRESS = "127.0.0.1";
    private static final String PASSWORD = "it-officer-password-1";
    private static final QueryPurpose PURPOSE = new QueryPurpose("FJ-115-001", null, "批次資格複查");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(
                FileJobsIT.class,
                DataServiceFixture.class,
                DataServiceFixture.Linked.class,
                DataServiceFixture.Samples.class);
    }

    @EJB
    private DataServiceFixture fixture;

    @EJB
    private FileJobs jobs;

    @EJB
    private RegisterEncodings encodings;

    @EJB
    private AsPlatform platform;

    @Test
    void every_line_is_answered_once_and_each_encoding_decodes_back_to_the_same_records() throws Exception {
        String agency = fixture.create(ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        List<String> living = fixture.livingIds(5000);
        String removed = fixture.samples().removed();
        String unknown = NationalId.citizen('Z', 1, "9999999").value();
        List<String> ids = new ArrayList<>(living);
        ids.add(removed);
        ids.add(unknown);
        String upload = "# 115 年 12 月複查名單\n" + String.join("\n", ids) + "\n\n";
        RegisterTextCodec codec = platform.call(encodings::codec);

        List<String> expected = null;
        for (TextEncoding encoding : TextEncoding.values()) {
            FileJob job = completed(officer, upload(officer, upload, encoding));
            assertEquals(ids.size(), job.getRecordCount(), encoding.name());
            assertEquals(living.size(), job.getFoundCount(), "the removed and the unknown ID are not found");
            assertEquals(0, fixture.fileRecords(job.getId()), "the records go once the file is written");
            FileJobs.Download file = download(officer, job.getId(), false);
            assertEquals(OnlineResults.Status.SHOWN, file.status());
            assertEquals(sha256(file.bytes()), job.getResultSha256());
            List<String> records = ResultFile.decode(file.bytes(), encoding, codec);
            if (expected == null) {
                expected = records;
                assertEquals(ids.size(), records.size(), "one record per line, no line twice");
                for (int i = 0; i < ids.size(); i++) {
                    assertTrue(records.get(i).startsWith((i + 2) + "\t" + ids.get(i) + "\t"), records.get(i));
                }
                String first = records.get(0);
                assertTrue(first.contains("\tFOUND\tname=" + fixture.nameOf(living.get(0)) + "\t"), first);
                assertTrue(records.get(ids.size() - 2).endsWith("\tNOT_FOUND"));
            } else {
                assertEquals(expected, records, encoding + " decodes back to the UTF-8 file's records");
            }
            String manifest = new String(download(officer, job.getId(), true).bytes(), StandardCharsets.UTF_8);
            assertTrue(manifest.contains("records: " + ids.size() + "\n"), manifest);
            assertTrue(manifest.contains("sha256: " + job.getResultSha256() + "\n"), manifest);
            assertTrue(manifest.contains("encoding: " + encoding + "\n"), manifest);
            if (encoding == TextEncoding.BIG5) {
                assertTrue(job.getUnencodableCount() > 0, "rare names are outside Big5");
                assertTrue(manifest.contains(" written as &#x"), manifest);
            }
            if (encoding == TextEncoding.UTF_8) {
                assertEquals(0, job.getUnencodableCount());
            }
        }
        List<String> audited = fixture.audited(agency);
        assertTrue(
                audited.stream()
                        .anyMatch(a -> a.startsWith("SCREEN RQ02 SUCCESS " + living.get(0) + ",")
                                && a.contains(
                                        "lines 2-" + (1 + FileJobSteps.CHUNK) + " (" + FileJobSteps.CHUNK + " IDs")),
                "each chunk is audited with its IDs: " + audited.subList(0, Math.min(3, audited.size())));
    }

    @Test
    void bad_lines_are_reported_by_number_and_nothing_runs_until_the_officer_runs_the_valid_ones() throws Exception {
        String agency = fixture.create(ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        List<String> lines = new ArrayList<>(fixture.livingIds(90));
        // Every tenth line is wrong, each in its own way.
        List<String> bad = List.of("A12345678", "a1234567890", "12345678901", "A323456789", "A12345678X");
        for (int i = 0; i < 10; i++) {
            lines.add(i * 10, bad.get(i % bad.size()));
        }
        FileJob checked = upload(officer, String.join("\r\n", lines), TextEncoding.UTF_8);
        assertEquals(FileJob.Status.CHECKED, checked.getStatus());
        assertEquals(100, checked.getLineCount());
        assertEquals(10, checked.getBadCount());
        List<FileProblem> problems = Identity.as(officer, PASSWORD, () -> jobs.problems(checked.getId(), 100));
        assertEquals(
                List.of(1, 11, 21, 31, 41, 51, 61, 71, 81, 91),
                problems.stream().map(FileProblem::getLineNo).toList());
        assertEquals("invalid.nationalId.length", problems.get(0).getReasonKey());
        assertEquals("A12345678X", problems.get(4).getLineText());
        Thread.sleep(1500);
        assertEquals(FileJob.Status.CHECKED, fixture.fileJob(checked.getId()).getStatus(), "nothing ran");
        assertEquals(0, fixture.fileRecords(checked.getId()));

        FileJob done = completed(officer, checked);
        assertEquals(90, done.getRecordCount(), "the valid lines only");
        InvalidInputException again = assertThrows(
                InvalidInputException.class,
                () -> Identity.as(officer, PASSWORD, () -> jobs.run(checked.getId(), ADDRESS)));
        assertEquals("invalid.bulk.notChecked", again.key());
    }

    @Test
    void a_run_whose_records_do_not_match_its_lines_fails_its_records_go_and_it_runs_again() throws Exception {
        String agency = fixture.create(ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        FileJob checked = upload(officer, String.join("\n", fixture.livingIds(20)), TextEncoding.UTF_8);
        // A stray record past the last line: the run reads after it, so the file would be short.
        fixture.keepRecord(checked.getId(), 1_000_000, "1000000\tA123456789\tNOT_FOUND");
        Identity.as(officer, PASSWORD, () -> jobs.run(checked.getId(), ADDRESS));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (fixture.fileJob(checked.getId()).getStatus() != FileJob.Status.FAILED) {
            assertTrue(Instant.now().isBefore(deadline), "the short file was never sent: the run fails");
            assertFalse(fixture.fileJob(checked.getId()).getStatus() == FileJob.Status.COMPLETED, "a short file");
            Thread.sleep(200);
        }
        assertEquals(0, fixture.fileRecords(checked.getId()), "a failed run's records go");

        FileJob done = completed(officer, checked);
        assertEquals(20, done.getRecordCount(), "run again, every line once");
    }

    @Test
    void hostile_uploads_and_other_agencies_are_refused_with_what_is_wrong() throws Exception {
        String agency = fixture.create(ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        String stranger = fixture.officer(fixture.create(ITEMS, null, HOSTS).code(), PASSWORD);

        long[] read = {0};
        byte[] line = "A123456789\n".getBytes(StandardCharsets.US_ASCII);
        InputStream twoHundredMegabytes = new InputStream() {
            private long left = 200L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? line[(int) (read[0]++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, left);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) ((read[0] + i) % line.length)];
                }
                read[0] += n;
                left -= n;
                return n;
            }
        };
        assertEquals(
                "invalid.bulk.tooLarge", refused(officer, twoHundredMegabytes).key());
        assertTrue(read[0] <= FileJobs.maxBytes() + 64 * 1024, "stopped reading at the limit: " + read[0]);

        byte[] png = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        InvalidInputException binary = refused(officer, new ByteArrayInputStream(png));
        assertEquals("invalid.bulk.notText", binary.key());
        assertEquals(6, binary.arguments()[0], "the first byte that is not text");

        FileJob job = completed(officer, upload(officer, String.join("\n", fixture.livingIds(10)), TextEncoding.BIG5));
        assertEquals(
                OnlineResults.Status.NOT_FOUND,
                download(stranger, job.getId(), false).status(),
                "another agency's file");
        assertNull(download(stranger, job.getId(), false).bytes());
        assertEquals(
                OnlineResults.Status.NOT_FOUND,
                download(stranger, job.getId(), true).status());
        InvalidInputException foreign = assertThrows(
                InvalidInputException.class,
                () -> Identity.as(
                        stranger,
                        PASSWORD,
                        () -> jobs.requestExtension(job.getId(), LocalDate.now().plusDays(10), "再查", ADDRESS)));
        assertEquals("invalid.bulk.notFound", foreign.key());
        assertTrue(fixture.auditSubjects("FILE_DOWNLOAD").size() > 0, "refused downloads are audited as well");

        // A suspended agency runs nothing: the checked upload is refused at its run, as online.
        FileJob waiting = upload(officer, String.join("\n", fixture.livingIds(10)), TextEncoding.UTF_8);
        fixture.suspend(agency);
        QueryRefusal suspended = assertThrows(
                QueryRefusal.class, () -> Identity.as(officer, PASSWORD, () -> jobs.run(waiting.getId(), ADDRESS)));
        assertEquals(QueryRefusal.Rule.SUSPENDED, suspended.rule());
        assertEquals(FileJob.Status.CHECKED, fixture.fileJob(waiting.getId()).getStatus(), "nothing ran");
    }

    @Test
    void a_file_is_deleted_when_due_unless_an_approved_extension_keeps_it_and_then_it_says_expired() throws Exception {
        String agency = fixture.create(ITEMS, null, HOSTS).code();
        String officer = fixture.officer(agency, PASSWORD);
        List<String> ids = fixture.livingIds(20);
        FileJob plain = completed(officer, upload(officer, String.join("\n", ids), TextEncoding.UTF_8));
        FileJob kept = completed(officer, upload(officer, String.join("\n", ids), TextEncoding.UTF_8));
        assertEquals(plain.getCompletedAt().plus(FileJobs.RETENTION), plain.getExpiresAt(), "kept seven days");

        LocalDate until = kept.getExpiresAt().toLocalDate().plusDays(3);
        InvalidInputException tooLong = assertThrows(
                InvalidInputException.class,
                () -> Identity.as(
                        officer,
                        PASSWORD,
                        () -> jobs.requestExtension(
                                kept.getId(), until.plusDays(FileJobs.EXTENSION_DAYS), "再查", ADDRESS)));
        assertEquals("invalid.bulk.extension.until", tooLong.key());
        Identity.as(officer, PASSWORD, () -> jobs.requestExtension(kept.getId(), until, "審查延長，需再比對", ADDRESS));
        assertTrue(dhr(() -> jobs.pendingExtensions()).stream()
                .anyMatch(j -> j.getId().equals(kept.getId())));
        FileJob approved = dhr(() -> jobs.decideExtension(kept.getId(), true, ADDRESS));
        assertEquals(FileJob.Extension.APPROVED, approved.getExtensionStatus());
        InvalidInputException twice = assertThrows(
                InvalidInputException.class, () -> dhr(() -> jobs.decideExtension(kept.getId(), false, ADDRESS)));
        assertEquals("invalid.bulk.extension.decided", twice.key());

        // The purge deletes every file due by the time given, other tests' too: none of them
        // downloads a file after another test ran.
        platform.call(() -> jobs.purgeDue(plain.getExpiresAt().minusSeconds(1)));
        assertEquals(
                OnlineResults.Status.SHOWN,
                download(officer, plain.getId(), false).status(),
                "not due yet");
        platform.call(() -> jobs.purgeDue(plain.getExpiresAt().plusSeconds(1)));
        FileJobs.Download expired = download(officer, plain.getId(), false);
        assertEquals(OnlineResults.Status.EXPIRED, expired.status(), "expired, not unknown");
        assertEquals(FileJob.Status.PURGED, fixture.fileJob(plain.getId()).getStatus());
        assertTrue(
                fixture.auditSubjects("FILE_PURGE").stream()
                        .anyMatch(s -> s.startsWith("file job " + plain.getId() + " ")),
                "the purge's audit record names the job");
        assertEquals(
                OnlineResults.Status.SHOWN,
                download(officer, kept.getId(), false).status(),
                "the extension keeps the file past its first due date");
        InvalidInputException late = assertThrows(
                InvalidInputException.class,
                () -> Identity.as(officer, PASSWORD, () -> jobs.requestExtension(plain.getId(), until, "晚了", ADDRESS)));
        assertEquals("invalid.bulk.extension.late", late.key());

        // The ledger entry stays with the job after the file is gone, for the auditors.
        Identity.as(
                officer,
                PASSWORD,
                () -> jobs.completeLedger(
                        plain.getId(),
                        "府社救字第1150001234號",
                        "資訊室陳",
                        "科長林",
                        "收到 20 筆，與清單相符",
                        plain.getCompletedAt().toLocalDate(),
                        ADDRESS));
        LocalDate today = plain.getCompletedAt().toLocalDate();
        FileJob entry = Identity.as("auditor", DemoDataSeeder.DEMO_PASSWORD, () -> jobs.ledger(today, today)).stream()
                .filter(j -> j.getId().equals(plain.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals("府社救字第1150001234號", entry.getLedger().getDocumentNumber());
        assertEquals(20, entry.getRecordCount());
        assertEquals(officer, entry.getUserName());
        assertEquals("FILE_TRANSFER", entry.getDelivery());
    }

    private <T> T dhr(java.util.concurrent.Callable<T> work) throws Exception {
        return Identity.as("dhr", DemoDataSeeder.DEMO_PASSWORD, work);
    }

    private FileJob upload(String officer, String text, TextEncoding encoding) throws Exception {
        return Identity.as(
                officer,
                PASSWORD,
                () -> jobs.upload(
                        "ids.txt",
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        encoding,
                        DeliveryMode.FILE_TRANSFER,
                        PURPOSE,
                        ADDRESS));
    }

    private InvalidInputException refused(String officer, InputStream content) {
        return assertThrows(
                InvalidInputException.class,
                () -> Identity.as(
                        officer,
                        PASSWORD,
                        () -> jobs.upload(
                                "ids.txt", content, TextEncoding.UTF_8, DeliveryMode.FILE_TRANSFER, PURPOSE, ADDRESS)));
    }

    /** Runs a checked job and waits for its file. */
    private FileJob completed(String officer, FileJob checked) throws Exception {
        Identity.as(officer, PASSWORD, () -> jobs.run(checked.getId(), ADDRESS));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            FileJob job = fixture.fileJob(checked.getId());
            assertFalse(job.getStatus() == FileJob.Status.FAILED, "job " + job.getId() + " failed");
            if (job.getStatus() == FileJob.Status.COMPLETED) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + checked.getId() + " did not complete");
    }

    private FileJobs.Download download(String officer, long id, boolean manifest) throws Exception {
        return Identity.as(officer, PASSWORD, () -> jobs.download(id, manifest, ADDRESS));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
