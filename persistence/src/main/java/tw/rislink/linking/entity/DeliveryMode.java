package tw.rislink.linking.entity;

/** How an agency receives data (seed 001 §7). */
public enum DeliveryMode {
    /** 線上查詢. */
    ONLINE_QUERY,
    /** 檔案傳輸. */
    FILE_TRANSFER,
    /** 媒體交換: a file job whose result is handed over on removable media. */
    MEDIA_EXCHANGE
}
