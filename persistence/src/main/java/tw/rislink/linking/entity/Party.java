package tw.rislink.linking.entity;

/** The five parties a linking case passes between (DOMAIN.md §2). */
public enum Party {
    /** 申請機關 (its officer acts for it). */
    APPLICANT,
    /** 直轄市、縣(市)戶政 / 役政單位. */
    LOCAL_UNIT,
    /** 戶政司. */
    DHR,
    /** 資訊服務司. */
    DIS,
    /** 中華電信. */
    CARRIER
}
