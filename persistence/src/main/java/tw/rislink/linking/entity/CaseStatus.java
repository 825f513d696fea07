package tw.rislink.linking.entity;

/** Where a linking case is as a whole: under way, or ended one of three ways. */
public enum CaseStatus {
    IN_REVIEW,
    LIVE,
    REJECTED,
    WITHDRAWN;

    public boolean ended() {
        return this != IN_REVIEW;
    }
}
