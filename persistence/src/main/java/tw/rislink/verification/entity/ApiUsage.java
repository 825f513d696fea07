package tw.rislink.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A company user's ID-card checks of one Taiwan day (the audit chain's day), as far as the
 * abnormal-use scan has read the audit trail: wrong checks (answers 2 to 5) and distinct IDs,
 * and the case opened for that day. Written by the scan only, never by a check.
 */
@Entity
@Table(name = "rl_api_usage")
@IdClass(ApiUsage.Key.class)
public class ApiUsage {

    @Id
    @Column(name = "chain_day", length = 8)
    private String chainDay;

    @Id
    @Column(name = "org_id", length = 10)
    private String orgId;

    @Id
    @Column(name = "user_name", length = 50)
    private String userName;

    @Column(name = "wrong_checks", nullable = false)
    private long wrongChecks;

    @Column(name = "distinct_ids", nullable = false)
    private long distinctIds;

    @Column(name = "case_id")
    private Long caseId;

    protected ApiUsage() {}

    public ApiUsage(String chainDay, String orgId, String userName) {
        this.chainDay = chainDay;
        this.orgId = orgId;
        this.userName = userName;
    }

    public void addWrong(long checks) {
        wrongChecks += checks;
    }

    public void addDistinct(long ids) {
        distinctIds += ids;
    }

    /** The case opened for this user and day; one case per user and day. */
    public void caseOpened(long id) {
        if (caseId != null) {
            throw new IllegalStateException("Case #" + caseId + " is already open for " + key());
        }
        caseId = id;
    }

    public Key key() {
        return new Key(chainDay, orgId, userName);
    }

    public String getChainDay() {
        return chainDay;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getUserName() {
        return userName;
    }

    public long getWrongChecks() {
        return wrongChecks;
    }

    public long getDistinctIds() {
        return distinctIds;
    }

    public Long getCaseId() {
        return caseId;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String chainDay;
        private String orgId;
        private String userName;

        public Key() {}

        public Key(String chainDay, String orgId, String userName) {
            this.chainDay = chainDay;
            this.orgId = orgId;
            this.userName = userName;
        }

        public String chainDay() {
            return chainDay;
        }

        public String orgId() {
            return orgId;
        }

        public String userName() {
            return userName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(chainDay, that.chainDay)
                    && Objects.equals(orgId, that.orgId)
                    && Objects.equals(userName, that.userName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chainDay, orgId, userName);
        }

        @Override
        public String toString() {
            return chainDay + " " + orgId + " " + userName;
        }
    }
}
