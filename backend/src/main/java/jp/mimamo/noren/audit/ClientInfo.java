package jp.mimamo.noren.audit;

/** Where a request came from, as the access log records it: the client's address and its browser. */
public record ClientInfo(String ip, String userAgent) {
    static final int MAX_USER_AGENT = 400;

    public static final ClientInfo NONE = new ClientInfo(null, null);

    public ClientInfo {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
